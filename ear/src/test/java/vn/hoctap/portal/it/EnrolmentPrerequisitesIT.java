package vn.hoctap.portal.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Course prerequisites: a course names the courses to complete first; a resident is refused with
 * the missing course named, and admitted once a completed result of it is recorded; a manager
 * enrols a learner without it only by saying so, and the exception is recorded.
 */
@ExtendWith(ArquillianExtension.class)
class EnrolmentPrerequisitesIT {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Http manager() {
        return Http.at(base).as(Classes.MANAGER, Classes.PASSWORD);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static long courseOf(long classId) {
        return Database.count("select course_id from class_offering where id = ?", classId);
    }

    private static String titleOf(long courseId) {
        return (String) Database.column("select title from course where id = ?", courseId).get(0);
    }

    /** Rewrites a course of the Bồ Đề centre with the courses it requires (as the page and the API do). */
    private HttpResponse<String> require(long courseId, String requiredIds) {
        return manager().put("api/courses/" + courseId, "{\"centreId\":" + Database.centreId("TTHTCD-BD")
                + ",\"programme\":\"DIGITAL_SKILLS\",\"title\":\"" + titleOf(courseId) + "\",\"summary\":\"Lớp dùng cho kiểm thử.\""
                + ",\"fee\":0,\"prerequisiteCourseIds\":" + requiredIds + "}");
    }

    private static String walkIn() {
        StringBuilder name = new StringBuilder("Đinh Thị ").append((char) ('A' + RANDOM.nextInt(26)));
        for (int i = 0; i < 7; i++) {
            name.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return "{\"learner\":{\"fullName\":\"" + name + "\",\"birthYear\":1985,\"residentialGroupId\":"
                + Database.groupId("HN-LB-BD-T03") + ",\"phone\":null,\"completedGrade\":null}}";
    }

    @Test
    void a_resident_is_refused_naming_the_course_to_complete_first_and_admitted_once_it_is_completed() {
        long level1 = Classes.published(base, "DIGITAL_SKILLS", 20, 0, "03:00");
        long level2 = Classes.published(base, "DIGITAL_SKILLS", 20, 20, "03:00");
        String level1Title = titleOf(courseOf(level1));
        assertThat(require(courseOf(level2), "[" + courseOf(level1) + "]").statusCode()).isEqualTo(204);
        String resident = Residents.stored(1, 1980, "HN-LB-BD-T03").get(0);
        Http asResident = Http.at(base).as(resident, Residents.PASSWORD);

        var refused = asResident.post("api/classes/" + level2 + "/enrolments", "");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("enrolment.refused.prerequisites", level1Title, "Hoàn thành khóa", "liên hệ trung tâm");
        assertThat(Http.at(base).as(resident, Residents.PASSWORD).inLanguage("en")
                .post("api/classes/" + level2 + "/enrolments", "").body()).contains("Complete " + level1Title + " first");
        assertThat(Database.count("select count(*) from enrolment where class_id = ?", level2)).isZero();
        assertThat(json(Http.at(base).get("api/classes/" + level2).body()).getJsonArray("requiredCourses")
                .getValuesAs(jakarta.json.JsonString.class)).as("the class page names it")
                .extracting(jakarta.json.JsonString::getString).containsExactly(level1Title);

        var first = asResident.post("api/classes/" + level1 + "/enrolments", "");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        long firstEnrolment = json(first.body()).getJsonNumber("id").longValue();
        assertThat(asResident.post("api/classes/" + level2 + "/enrolments", "").statusCode())
                .as("enrolled is not completed").isEqualTo(409);
        var completed = manager().put("api/enrolments/" + firstEnrolment + "/result", "{\"result\":\"COMPLETED\"}");
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(200);

        var admitted = asResident.post("api/classes/" + level2 + "/enrolments", "");
        assertThat(admitted.statusCode()).as(admitted.body()).isEqualTo(201);
        assertThat(json(admitted.body()).getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void a_manager_enrols_a_learner_without_the_prerequisites_only_by_saying_so_and_the_exception_is_recorded() {
        long level1 = Classes.published(base, "DIGITAL_SKILLS", 20, 0, "02:00");
        long level2 = Classes.published(base, "DIGITAL_SKILLS", 20, 20, "02:00");
        assertThat(require(courseOf(level2), "[" + courseOf(level1) + "]").statusCode()).isEqualTo(204);
        String learner = walkIn();

        var refused = manager().post("api/classes/" + level2 + "/roster", learner);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("enrolment.refused.prerequisites", titleOf(courseOf(level1)));
        assertThat(Database.count("select count(*) from enrolment where class_id = ?", level2)).isZero();

        var waived = manager().post("api/classes/" + level2 + "/roster",
                learner.substring(0, learner.length() - 1) + ",\"waivePrerequisites\":true}");
        assertThat(waived.statusCode()).as(waived.body()).isEqualTo(201);
        assertThat(json(waived.body()).getString("status")).isEqualTo("CONFIRMED");
        long learnerId = Database.count("select learner_id from enrolment where id = ?", json(waived.body()).getJsonNumber("id").longValue());
        assertThat(Database.count("""
                select count(*) from prerequisite_waiver w join account a on a.id = w.waived_by
                where w.learner_id = ? and w.course_id = ? and w.class_id = ? and a.email = ?""",
                learnerId, courseOf(level1), level2, Classes.MANAGER)).as("who, for which course and class").isOne();
        JsonObject waiver = json(manager().get("api/learners/" + learnerId).body()).getJsonArray("waivers").getJsonObject(0);
        assertThat(waiver.getString("courseTitle")).as("the learner's record shows it").isEqualTo(titleOf(courseOf(level1)));
        assertThat(waiver.getString("waivedBy")).isEqualTo("Lê Thị Thu Hà");
        assertThat(manager().get("manager/learner.xhtml?id=" + learnerId).body()).contains("Ngoại lệ khóa cần học trước",
                "Được công nhận tương đương khóa " + titleOf(courseOf(level1)) + ": Lê Thị Thu Hà ghi nhận ngày");

        long anotherClass = Classes.published(base, "DIGITAL_SKILLS", 20, 40, "02:00");
        assertThat(require(courseOf(anotherClass), "[" + courseOf(level1) + "]").statusCode()).isEqualTo(204);
        var again = manager().post("api/classes/" + anotherClass + "/roster", "{\"learnerId\":" + learnerId + "}");
        assertThat(again.statusCode()).as("the recognised course counts for the learner from then on").isEqualTo(201);
    }

    @Test
    void a_course_cannot_require_itself_nor_a_course_that_requires_it() {
        long level1 = Classes.published(base, "DIGITAL_SKILLS", 20, 30, "01:00");
        long level2 = Classes.published(base, "DIGITAL_SKILLS", 20, 50, "01:00");
        long course1 = courseOf(level1);
        long course2 = courseOf(level2);
        assertThat(require(course2, "[" + course1 + "]").statusCode()).isEqualTo(204);
        String editPage = manager().get("manager/course-edit.xhtml?id=" + course2).body();
        assertThat(editPage).as("the centre's other courses to choose from, the required one ticked")
                .containsPattern("<input[^>]*name=\"course:prerequisiteCourseIds\"[^>]*value=\"" + course1 + "\"[^>]*checked")
                .contains(titleOf(course1));
        assertThat(Http.at(base).get("class.xhtml?id=" + level2).body()).contains("Cần hoàn thành trước", titleOf(course1));

        var self = require(course1, "[" + course1 + "]");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.body()).contains("course.requires.self");
        var cycle = require(course1, "[" + course2 + "]");
        assertThat(cycle.statusCode()).isEqualTo(400);
        assertThat(cycle.body()).contains("course.requires.cycle", titleOf(course2));
        var unknown = require(course1, "[999999999]");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("course.requires.unknown");
        long elsewhere = Database.count("select min(c.id) from course c join learning_centre l on l.id = c.centre_id where l.code = 'TTHTCD-PL'");
        assertThat(require(course1, "[" + elsewhere + "]").body()).as("a course of another district")
                .contains("course.requires.elsewhere");

        assertThat(Database.count("select count(*) from course_prerequisite where course_id = ?", course1)).isZero();
        assertThat(require(course2, "[]").statusCode()).as("an empty list removes them").isEqualTo(204);
        assertThat(Database.count("select count(*) from course_prerequisite where course_id = ?", course2)).isZero();
    }
}
