package vn.hoctap.portal.it;

import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/** The search index of the test server, for tests that search. */
public final class SearchIndex {

    private SearchIndex() {
    }

    /**
     * Damages the index the test server keeps in its data folder (its commit points overwritten
     * with garbage), as a crash or a bad disk would, while no deployment has it open; false when
     * there is no index yet (the first deployment of a run).
     */
    public static boolean damage() {
        Path folder = Path.of(System.getProperty("portal.it.data.dir"), "index", "materials");
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> commits = files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList();
            for (Path commit : commits) {
                Files.write(commit, "not a Lucene commit point".getBytes(StandardCharsets.UTF_8));
            }
            return !commits.isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Waits until the index is open, no rebuild runs, and it holds every published material with
     * the text extracted so far (the demo files' texts arrive from the background extraction).
     */
    public static void ready(URL base) {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (true) {
            var status = Http.at(base).as(Materials.CITY_ADMIN, Materials.PASSWORD).get("api/search-index");
            if (status.statusCode() == 200) {
                JsonObject s = Materials.json(status.body());
                boolean rebuilding = s.containsKey("lastRebuild") && !s.getJsonObject("lastRebuild").containsKey("finishedAt");
                if (s.getBoolean("open") && !rebuilding && s.getInt("documents") == s.getJsonNumber("published").longValue()
                        && Database.count("select count(*) from material_version where extraction in ('QUEUED', 'EXTRACTING')") == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the search index is not ready: " + status.statusCode() + " " + status.body());
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
