package vn.hoctap.portal.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventRsvp;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.notification.control.Outbox;
import vn.hoctap.portal.platform.Settings;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The mails of a registration's life and of the event's changes, queued in the outbox in the
 * transaction that makes the change. Arguments of every template: {0} the resident's name,
 * {1} the event, {2} when, {3} where, {4} the organiser, {5} the waitlist place, {6} the former
 * time (moved events), {7} the link to the resident's events.
 */
@ApplicationScoped
public class EventMails {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    Outbox outbox;

    public void confirmed(EventRsvp rsvp) {
        send("EVENT_RSVP_CONFIRMED", rsvp, "events.confirmed", 0, null);
    }

    public void waitlisted(EventRsvp rsvp, int place) {
        send("EVENT_RSVP_WAITLISTED", rsvp, "events.waitlisted", place, null);
    }

    public void promoted(EventRsvp rsvp) {
        send("EVENT_RSVP_PROMOTED", rsvp, "events.promoted", 0, null);
    }

    public void cancelled(EventRsvp rsvp) {
        send("EVENT_CANCELLED", rsvp, "events.cancelled", 0, null);
    }

    public void moved(EventRsvp rsvp, LocalDateTime formerStart) {
        send("EVENT_MOVED", rsvp, "events.moved", 0, formerStart);
    }

    /** The day before the event. */
    public void reminder(EventRsvp rsvp) {
        send("EVENT_REMINDER", rsvp, "events.reminder", 0, null);
    }

    private void send(String kind, EventRsvp rsvp, String template, int place, LocalDateTime formerStart) {
        Account resident = rsvp.resident();
        if (resident.email() == null) {
            return;
        }
        CommunityEvent e = rsvp.event();
        outbox.queue(kind, resident.email(), resident.preferredLocale(), template + ".subject", template + ".body",
                resident.fullName(), e.title(), WHEN.format(e.startsAt()), e.placeLabel(), e.organiserName(), place,
                formerStart == null ? "" : WHEN.format(formerStart), link());
    }

    private static String link() {
        return Settings.BASE_URL.value().orElse("http://localhost:8080/") + "me/events.xhtml";
    }
}
