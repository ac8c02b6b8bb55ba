package vn.hoctap.portal.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search of the open learning materials over HTTP, on the demo corpus and on materials the
 * tests publish: Vietnamese typed without diacritics, marked snippets, facets, suggestions,
 * "did you mean", a published material findable when its publication returns and a withdrawn one
 * gone when its withdrawal returns, and the administrators' rebuild with its progress.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final String ADMIN = Materials.CITY_ADMIN;
    private static final String PASSWORD = Materials.PASSWORD;

    /** Whether the index was there, and damaged, before this class's deployment opened it. */
    private static boolean damaged;

    /**
     * The index the deployment opens is damaged first (when an earlier deployment of the run left
     * one): the deployment must notice at start-up and rebuild it from the database by itself.
     */
    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        damaged = SearchIndex.damage();
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void indexReady() {
        SearchIndex.ready(base);
    }

    private JsonObject search(String query) {
        var response = Http.at(base).get("api/materials/search?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Materials.json(response.body());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<JsonObject> hits(JsonObject results) {
        return results.getJsonArray("hits").getValuesAs(JsonObject.class);
    }

    @Test
    void life_skills_typed_without_diacritics_finds_the_materials_with_the_words_marked() {
        JsonObject results = search(q("ky nang song"));
        assertThat(results.getJsonNumber("total").longValue()).isPositive();
        JsonObject first = hits(results).get(0);
        assertThat(first.getString("title").toLowerCase()).contains("kỹ năng sống");
        assertThat(first.getString("titleHtml")).contains("<mark>");
        assertThat(results.getJsonObject("facets").getJsonArray("SUBJECT")).isNotEmpty();

        JsonObject nfd = search(q(java.text.Normalizer.normalize("kỹ năng sống", java.text.Normalizer.Form.NFD)));
        assertThat(hits(nfd).get(0).getJsonNumber("id")).as("typed in NFD, as some phones send it").isEqualTo(first.getJsonNumber("id"));
    }

    @Test
    void a_published_material_is_found_when_publishing_returns_and_a_withdrawn_one_is_gone_when_withdrawing_returns()
            throws IOException {
        String word = "bepga" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9]", "x");
        Path file = Files.writeString(samples().resolve(word + ".txt"),
                "Hướng dẫn dùng bếp ga an toàn trong gia đình. Từ khóa riêng của bài kiểm thử: " + word + ".",
                StandardCharsets.UTF_8);
        long id = Materials.upload(base, file, Materials.title("Dùng bếp ga an toàn"));
        assertThat(Materials.extraction(base, id).getString("status")).isEqualTo("DONE");
        assertThat(search(q(word)).getJsonNumber("total").longValue()).as("a draft is not searchable").isZero();

        Materials.publish(base, id);
        JsonObject found = search(q(word));
        assertThat(found.getJsonNumber("total").longValue()).isOne();
        assertThat(hits(found).get(0).getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(hits(found).get(0).getString("snippetHtml")).contains("<mark>" + word + "</mark>");

        var withdrawn = Http.at(base).as(Materials.MANAGER, PASSWORD).put("api/materials/" + id + "/status", "{\"status\":\"WITHDRAWN\"}");
        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(search(q(word)).getJsonNumber("total").longValue()).as("withdrawn: gone at once").isZero();
    }

    @Test
    void a_facet_narrows_the_results_and_its_counts_keep_the_alternatives() {
        JsonObject all = search("");
        long everything = all.getJsonNumber("total").longValue();
        assertThat(everything).as("an empty query lists every published material").isPositive();
        JsonObject health = all.getJsonObject("facets").getJsonArray("SUBJECT").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("value").equals("HEALTH")).findFirst().orElseThrow();

        JsonObject narrowed = search("subject=HEALTH");
        assertThat(narrowed.getJsonNumber("total").longValue()).isEqualTo(health.getJsonNumber("count").longValue())
                .isLessThan(everything);
        assertThat(hits(narrowed)).allSatisfy(hit -> assertThat(hit.getString("subject")).isEqualTo("HEALTH"));
        assertThat(narrowed.getJsonObject("facets").getJsonArray("SUBJECT").getValuesAs(JsonObject.class))
                .as("the other subjects are still offered").hasSizeGreaterThan(1)
                .anySatisfy(v -> assertThat(v.getBoolean("selected")).isTrue());

        JsonObject twoSubjects = search("subject=HEALTH&subject=LAW");
        assertThat(twoSubjects.getJsonNumber("total").longValue()).as("values of one facet are alternatives")
                .isGreaterThan(narrowed.getJsonNumber("total").longValue());
        assertThat(search("subject=HEALTH&format=PDF&format=TXT&format=HTML&format=DOCX").getJsonNumber("total").longValue())
                .as("two facets must both hold").isLessThanOrEqualTo(narrowed.getJsonNumber("total").longValue());
    }

    @Test
    void the_search_box_suggests_titles_and_a_misspelt_word_gets_a_did_you_mean() {
        var suggestions = Http.at(base).get("api/materials/search/suggestions?" + q("ky na"));
        assertThat(suggestions.statusCode()).isEqualTo(200);
        assertThat(Materials.json("{\"s\":" + suggestions.body() + "}").getJsonArray("s").getValuesAs(JsonObject.class))
                .isNotEmpty().allSatisfy(s -> assertThat(s.getString("title").toLowerCase()).contains("kỹ năng"));

        JsonObject misspelt = search(q("sot xaut huyet"));
        assertThat(misspelt.getString("didYouMean", null)).as(misspelt.toString()).isEqualTo("sốt xuất huyết");
        assertThat(search(q("sot xuat huyet")).getJsonNumber("total").longValue())
                .isGreaterThanOrEqualTo(misspelt.getJsonNumber("total").longValue());
    }

    @Test
    void wrong_parameters_are_named_in_a_400_in_the_callers_language() {
        var response = Http.at(base).inLanguage("en").get("api/materials/search?q=x&sort=SIDEWAYS&page=-1&size=500");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"sort\"", "\"field\":\"page\"", "\"field\":\"size\"",
                "A page holds 1 to 50 materials.");
        var tooLong = Http.at(base).get("api/materials/search?" + q("a".repeat(201)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("search.text.tooLong", "tối đa 200 ký tự");
    }

    @Test
    void a_damaged_or_missing_index_is_rebuilt_at_start_and_administrators_rebuild_it_while_searches_go_on() {
        JsonObject status = Materials.json(Http.at(base).as(ADMIN, PASSWORD).get("api/search-index").body());
        assertThat(status.getJsonObject("lastRebuild").getString("reason")).as("rebuilt at start by itself")
                .startsWith(damaged ? "the index was unreadable and was cleared" : "the index is empty");
        long before = search(q("ky nang song")).getJsonNumber("total").longValue();

        var started = Http.at(base).as(ADMIN, PASSWORD).post("api/search-index/rebuild", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonObject rebuild = Materials.json(started.body()).getJsonObject("lastRebuild");
        assertThat(rebuild.getString("reason")).isEqualTo("asked by an administrator");
        assertThat(search(q("ky nang song")).getJsonNumber("total").longValue()).as("searches go on").isEqualTo(before);

        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonObject done;
        do {
            assertThat(System.nanoTime()).as("the rebuild finishes").isLessThan(deadline);
            pause(200);
            done = Materials.json(Http.at(base).as(ADMIN, PASSWORD).get("api/search-index").body());
        } while (!done.getJsonObject("lastRebuild").containsKey("finishedAt"));
        JsonObject finished = done.getJsonObject("lastRebuild");
        assertThat(finished.containsKey("failure")).as(finished.toString()).isFalse();
        assertThat(finished.getJsonNumber("done").longValue()).isEqualTo(finished.getJsonNumber("expected").longValue());
        assertThat(done.getInt("documents")).isEqualTo(done.getJsonNumber("published").intValue());
        assertThat(search(q("ky nang song")).getJsonNumber("total").longValue()).isEqualTo(before);

        assertThat(Http.at(base).as(Materials.MANAGER, PASSWORD).post("api/search-index/rebuild", "").statusCode())
                .as("a centre manager may not").isEqualTo(403);
        assertThat(Http.at(base).get("api/search-index").statusCode()).as("nor an anonymous visitor").isEqualTo(401);
    }

    private static Path samples() throws IOException {
        return Files.createDirectories(Path.of(System.getProperty("portal.test.dir"), "samples"));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
