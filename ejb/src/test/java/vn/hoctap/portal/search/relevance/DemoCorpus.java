package vn.hoctap.portal.search.relevance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import vn.hoctap.portal.materials.boundary.MaterialDocument;
import vn.hoctap.portal.search.control.RelevanceEvaluation;

/**
 * The demo materials of {@code content/materials/} as the index would receive them once published,
 * for the relevance test: .txt and .md as they are, .html through jsoup's text, PDF and DOCX from
 * their {@code sources/<key>.txt} (the real extraction is tested through the portal), links with
 * no text. Drafts and withdrawn materials are not published and are left out. Ids follow the file's
 * order; the key is kept beside each document, because judgements name keys.
 */
public final class DemoCorpus {

    public static final Path MATERIALS = Path.of("../content/materials");

    private final Map<Long, String> keys = new LinkedHashMap<>();
    private final List<MaterialDocument> documents = new ArrayList<>();

    private DemoCorpus() {
    }

    public static DemoCorpus load() {
        DemoCorpus corpus = new DemoCorpus();
        Map<String, Long> centres = new HashMap<>();
        long id = 0;
        for (Map<String, Object> entry : list(yaml(MATERIALS.resolve("materials.yaml")).get("materials"))) {
            id++;
            String status = (String) entry.getOrDefault("status", "PUBLISHED");
            if (!status.equals("PUBLISHED")) {
                continue;
            }
            String key = (String) entry.get("key");
            String centre = (String) entry.get("centre");
            Long centreId = centre == null ? null : centres.computeIfAbsent(centre, c -> centres.size() + 1L);
            String centreName = centre != null ? centre : (String) entry.get("publisher");
            corpus.keys.put(id, key);
            corpus.documents.add(new MaterialDocument(id, 1, (String) entry.get("title"),
                    (String) entry.getOrDefault("description", ""), text(key, entry), (String) entry.get("subject"),
                    strings(entry.get("audiences")), (String) entry.get("level"), (String) entry.get("language"),
                    (String) entry.get("licence"), format(entry), (String) entry.getOrDefault("author", ""), centreId,
                    centreName, date(entry.get("published"))));
        }
        return corpus;
    }

    public List<MaterialDocument> documents() {
        return documents;
    }

    public String key(long id) {
        return keys.get(id);
    }

    /** Subject code → Vietnamese name, from {@code content/subjects.yaml}. */
    public static Map<String, String> subjectNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Map<String, Object> subject : list(yaml(MATERIALS.resolve("../subjects.yaml")).get("subjects"))) {
            names.put((String) subject.get("code"), (String) subject.get("nameVi"));
        }
        return names;
    }

    /** The judged queries of {@code relevance.yaml}. */
    public static List<RelevanceEvaluation.Judged> judgedQueries() {
        List<RelevanceEvaluation.Judged> judged = new ArrayList<>();
        for (Map<String, Object> entry : list(yaml(MATERIALS.resolve("relevance.yaml")).get("queries"))) {
            Map<String, Integer> grades = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> relevant = (Map<String, Object>) entry.get("relevant");
            relevant.forEach((key, grade) -> grades.put(key, ((Number) grade).intValue()));
            judged.add(new RelevanceEvaluation.Judged(String.valueOf(entry.get("q")), strings(entry.get("kinds")), grades));
        }
        return judged;
    }

    private static String text(String key, Map<String, Object> entry) {
        String file = (String) entry.get("file");
        if (file == null) {
            return "";
        }
        String extension = file.substring(file.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (extension) {
            case "txt", "md" -> read(MATERIALS.resolve(file));
            case "html", "htm" -> Jsoup.parse(read(MATERIALS.resolve(file))).text();
            default -> read(MATERIALS.resolve("sources").resolve(key + ".txt"));
        };
    }

    private static String format(Map<String, Object> entry) {
        String file = (String) entry.get("file");
        if (file == null) {
            return (String) entry.get("linkKind");
        }
        String extension = file.substring(file.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
        return extension.equals("MD") ? "TXT" : extension;
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : LocalDate.parse(value.toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : ((List<Object>) value).stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(read(file));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
