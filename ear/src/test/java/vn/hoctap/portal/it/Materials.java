package vn.hoctap.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/** Materials made through the API for tests, and waiting for their text. */
public final class Materials {

    public static final String PASSWORD = "Hoctap2026";
    /** Centre manager of TTHTCĐ phường Gia Thụy. */
    public static final String MANAGER = "quanly.giathuy@hoctap.demo";
    public static final String MANAGER_OF_BO_DE = "quanly.bode@hoctap.demo";
    public static final String DISTRICT_ADMIN = "admin.longbien@hoctap.demo";
    /** Administrator of the city: manages every material, the demo ones included. */
    public static final String CITY_ADMIN = "admin.hanoi@hoctap.demo";
    public static final String CENTRE = "TTHTCD-GT";

    private Materials() {
    }

    /** A title no other test uses. */
    public static String title(String words) {
        return words + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    public static String metadata(Long centreId, String title) {
        return "{" + (centreId == null ? "" : "\"centreId\":" + centreId + ",") + "\"title\":\"" + title + "\","
                + "\"description\":\"Tài liệu dùng trong buổi sinh hoạt của tổ dân phố.\",\"subject\":\"HEALTH\","
                + "\"audiences\":[\"ADULTS\",\"ELDERLY\"],\"level\":\"BASIC\",\"language\":\"vi\",\"licence\":\"CC_BY\","
                + "\"author\":\"Trạm Y tế phường Gia Thụy\"}";
    }

    /** A draft of the Gia Thụy centre from a file, by its manager; its id. */
    public static long upload(URL base, Path file, String title) {
        var created = new Multipart().json("metadata", metadata(Database.centreId(CENTRE), title)).file("file", file)
                .post(base, "api/materials", MANAGER, PASSWORD);
        if (created.statusCode() != 201) {
            throw new AssertionError("upload refused: " + created.statusCode() + " " + created.body());
        }
        return json(created.body()).getJsonNumber("id").longValue();
    }

    /** The current version's extraction once it is done or failed (waits for the background worker). */
    public static JsonObject extraction(URL base, long id) {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            var response = Http.at(base).as(CITY_ADMIN, PASSWORD).get("api/materials/" + id + "/extraction");
            JsonObject state = json(response.body());
            if (state.getString("status").equals("DONE") || state.getString("status").equals("FAILED")) {
                return state;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("extraction of material " + id + " still " + state);
            }
            sleep();
        }
    }

    public static void publish(URL base, long id) {
        var moved = Http.at(base).as(MANAGER, PASSWORD).put("api/materials/" + id + "/status", "{\"status\":\"PUBLISHED\"}");
        if (moved.statusCode() != 204) {
            throw new AssertionError("not published: " + moved.statusCode() + " " + moved.body());
        }
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
