package vn.hoctap.portal.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoctap.portal.events.boundary.EventNotices;

import java.net.URL;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside the server: the reminder the day before an event goes to each confirmed resident once,
 * through the outbox to the test SMTP server (the outbox row is SENT once the server took it).
 */
@ExtendWith(ArquillianExtension.class)
class EventRemindersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.portalForTestsInside(EventRemindersIT.class, Events.class, Events.Json.class, Http.class,
                Database.class, Residents.class);
    }

    @ArquillianResource
    URL base;

    @Inject
    EventNotices notices;

    private static long outbox(String recipient, String status) {
        return Database.count("select count(*) from outbox_mail where kind = 'EVENT_REMINDER' and recipient = ? and status like ?",
                recipient, status);
    }

    @Test
    void the_day_before_the_event_each_confirmed_resident_is_reminded_once() throws Exception {
        long eventId = Events.created(base, "Nhắc lịch: nói chuyện sức khỏe", 1, 1);
        var residents = Residents.stored(2, 1970, "HN-LB-BD-T01");
        for (String resident : residents) {
            var answer = Http.at(base).as(resident, Residents.PASSWORD).post("api/events/" + eventId + "/rsvp", "");
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        }
        LocalDate tomorrow = Events.now().toLocalDate().plusDays(1);

        assertThat(notices.remindEventsOn(tomorrow)).isPositive();
        assertThat(outbox(residents.get(0), "%")).as("the confirmed resident").isOne();
        assertThat(outbox(residents.get(1), "%")).as("the one waiting for a seat").isZero();
        notices.remindEventsOn(tomorrow);
        assertThat(outbox(residents.get(0), "%")).as("never twice").isOne();
        assertThat(Database.count("select count(*) from event_rsvp where event_id = ? and reminder_sent_at is not null", eventId))
                .isOne();

        for (int i = 0; i < 80 && outbox(residents.get(0), "SENT") == 0; i++) {
            Thread.sleep(250);
        }
        assertThat(outbox(residents.get(0), "SENT")).as("delivered to the SMTP server").isOne();
        assertThat(Database.count("""
                select count(*) from outbox_mail where kind = 'EVENT_REMINDER' and recipient = ?
                  and subject = 'Ngày mai: Nhắc lịch: nói chuyện sức khỏe'""", residents.get(0))).isOne();
    }
}
