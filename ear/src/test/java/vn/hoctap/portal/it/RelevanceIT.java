package vn.hoctap.portal.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoctap.portal.search.control.RelevanceEvaluation;
import vn.hoctap.portal.search.relevance.DemoCorpus;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judged queries of {@code content/materials/relevance.yaml} through the running portal: the
 * demo materials loaded like uploads, their text extracted by Tika, indexed by the server, asked
 * for over HTTP. {@code MaterialRelevanceTest} measures the same set on the analysis alone; this one
 * keeps a floor on what residents actually get.
 */
@ExtendWith(ArquillianExtension.class)
class RelevanceIT {

    /** Just under what the portal achieves (printed by the test), so that relevance cannot silently regress. */
    private static final double NDCG_FLOOR = 0.94;
    private static final double MRR_FLOOR = 0.98;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void the_judged_queries_rank_the_relevant_demo_materials_first() {
        SearchIndex.ready(base);
        Map<Long, String> keys = new HashMap<>();
        for (Object row : Database.column("select concat(id, ' ', content_key) from material where content_key is not null")) {
            String[] idAndKey = row.toString().split(" ", 2);
            keys.put(Long.parseLong(idAndKey[0]), idAndKey[1]);
        }

        RelevanceEvaluation.Summary summary = RelevanceEvaluation.evaluate(DemoCorpus.judgedQueries(), query -> {
            var response = Http.at(base).get("api/materials/search?size=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
            List<JsonObject> hits = Materials.json(response.body()).getJsonArray("hits").getValuesAs(JsonObject.class);
            return hits.stream().map(hit -> keys.getOrDefault(hit.getJsonNumber("id").longValue(), "test-" + hit.getJsonNumber("id")))
                    .toList();
        });

        System.out.printf("relevance through the portal: %d queries, nDCG@10 %.3f, MRR %.3f%n",
                summary.queries().size(), summary.ndcg(), summary.mrr());
        summary.byKind().forEach((kind, means) ->
                System.out.printf("  %-14s nDCG@10 %.3f  MRR %.3f  (%d queries)%n", kind, means[0], means[1], (int) means[2]));
        summary.queries().stream().filter(q -> q.ndcg() < 0.8).forEach(q ->
                System.out.printf("  weak: %-40s nDCG@10 %.3f  ranked %s%n", q.judged().query(), q.ndcg(), q.ranked()));
        assertThat(summary.queries()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(summary.ndcg()).as("nDCG@10").isGreaterThanOrEqualTo(NDCG_FLOOR);
        assertThat(summary.mrr()).as("MRR").isGreaterThanOrEqualTo(MRR_FLOOR);
    }
}
