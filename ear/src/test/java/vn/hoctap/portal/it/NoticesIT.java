package vn.hoctap.portal.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoctap.portal.enrolment.boundary.EnrolmentNotices;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside the server: the reminder the day before a class's first session (once), and the mails
 * a change of the timetable queues for the class's learners.
 */
@ExtendWith(ArquillianExtension.class)
class NoticesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalForTestsInside(NoticesIT.class, Classes.class, Http.class, Database.class, Residents.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    EnrolmentNotices notices;

    private static long outbox(String kind, String recipient) {
        return Database.count("select count(*) from outbox_mail where kind = ? and recipient = ?", kind, recipient);
    }

    @Test
    void the_day_before_the_first_session_each_confirmed_learner_is_reminded_once() {
        long classId = Classes.published(base, "LAW", 5, 1, "05:00");
        String resident = Residents.stored(1, 1970, "HN-LB-BD-T01").get(0);
        assertThat(Http.at(base).as(resident, Residents.PASSWORD).post("api/classes/" + classId + "/enrolments", "").body())
                .contains("\"status\":\"CONFIRMED\"");
        LocalDate tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1);

        assertThat(notices.remindFirstSessionsOn(tomorrow)).isPositive();
        assertThat(outbox("FIRST_SESSION_REMINDER", resident)).isOne();

        notices.remindFirstSessionsOn(tomorrow);
        assertThat(outbox("FIRST_SESSION_REMINDER", resident)).as("never twice").isOne();
        assertThat(notices.remindFirstSessionsOn(tomorrow.plusDays(1))).as("nothing starts the day after").isZero();
    }

    @Test
    void a_moved_session_and_a_cancelled_class_are_told_to_its_learners() {
        long classId = Classes.published(base, "HEALTH", 5, 10, "05:00");
        String resident = Residents.stored(1, 1970, "HN-LB-BD-T02").get(0);
        Http.at(base).as(resident, Residents.PASSWORD).post("api/classes/" + classId + "/enrolments", "");
        long session = Database.count("select min(id) from class_session where class_id = ?", classId);
        String day = Database.column("select date(starts_at) from class_session where id = ?", session).get(0).toString();
        Http manager = Http.at(base).as(Classes.MANAGER, Classes.PASSWORD);

        var moved = manager.put("api/sessions/" + session, "{\"start\":\"" + day + "T06:00:00\",\"end\":\"" + day
                + "T06:59:00\",\"acceptVenueSharing\":true,\"reason\":\"Hội trường sửa điện\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(Database.count("""
                select count(*) from outbox_mail where kind = 'SESSION_RESCHEDULED' and recipient = ?
                  and body like '%Hội trường sửa điện%' and body like '%06:00%'""", resident)).isOne();

        assertThat(manager.post("api/classes/" + classId + "/sessions/cancellation?reason=Thiếu+học+viên", "").statusCode())
                .isEqualTo(204);
        assertThat(outbox("CLASS_CANCELLED", resident)).isOne();
    }
}
