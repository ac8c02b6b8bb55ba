package vn.hoctap.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers of the learning-title tests: fresh residents, a self-assessment filled in, the ward's ids. */
public final class Titles {

    public static final String MANAGER_BD = "quanly.bode@hoctap.demo";
    public static final String MANAGER_NT = "quanly.ngocthuy@hoctap.demo";
    public static final String CITY_ADMIN = "admin.hanoi@hoctap.demo";
    public static final String DISTRICT_ADMIN = "admin.longbien@hoctap.demo";
    public static final String PASSWORD = "Hoctap2026";

    private Titles() {
    }

    public static int year() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    }

    public static long wardId(String code) {
        return Database.count("select id from administrative_unit where code = ?", code);
    }

    /** A new resident of the group, signed up through the API with an e-mail address; their login is the address. */
    public static String resident(URL base, String fullName, String groupCode) {
        String email = Residents.newEmail();
        var answer = Http.at(base).post("api/accounts",
                Residents.signUpJson(fullName, 1985, Residents.newPhone(), email, Database.groupId(groupCode)));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return email;
    }

    public static Http as(URL base, String login) {
        return Http.at(base).as(login, login.endsWith("@hoctap.demo") ? PASSWORD : Residents.PASSWORD);
    }

    public static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public static JsonObject json(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return json(answer.body());
    }

    /** Starts the resident's learning-citizen assessment of this year. @return its id */
    public static long startCitizen(URL base, String login) {
        return json(as(base, login).post("api/titles/assessments", "{\"kind\":\"CITIZEN\",\"citizenGroup\":\"WORKER\"}"), 201)
                .getJsonNumber("id").longValue();
    }

    /** Gives every indicator of the assessment the same points. @return the last answer */
    public static JsonObject scoreAll(URL base, String login, long id, int indicators, int points) {
        JsonObject last = null;
        for (int n = 1; n <= indicators; n++) {
            last = json(as(base, login).put("api/titles/assessments/" + id + "/answers/" + n,
                    "{\"points\":" + points + ",\"evidence\":\"Minh chứng chỉ số " + n + "\"}"), 200);
        }
        return last;
    }

    /** A learning-citizen assessment filled in with 8 points each, consenting to publication, and submitted. */
    public static long submittedCitizen(URL base, String login) {
        long id = startCitizen(base, login);
        scoreAll(base, login, id, 10, 8);
        json(as(base, login).put("api/titles/assessments/" + id + "/consent", "{\"publish\":true}"), 200);
        JsonObject submitted = json(as(base, login).post("api/titles/assessments/" + id + "/submission", ""), 200);
        assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
        return id;
    }

    /** A decision number no run has used: "<n>/QĐ-UBND". */
    public static String decisionNumber() {
        return (System.nanoTime() % 1_000_000) + "/QĐ-UBND";
    }
}
