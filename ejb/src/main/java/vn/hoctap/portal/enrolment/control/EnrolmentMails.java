package vn.hoctap.portal.enrolment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoctap.portal.catalog.boundary.ScheduleChanged;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.enrolment.entity.Certificate;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.notification.control.MailTemplates;
import vn.hoctap.portal.notification.control.Outbox;
import vn.hoctap.portal.platform.Settings;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The mails of an enrolment's life, queued in the outbox in the transaction that changes it.
 * A learner without an e-mail address (most walk-ins) gets none; the manager tells them.
 */
@ApplicationScoped
public class EnrolmentMails {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    Outbox outbox;

    public void confirmed(Enrolment enrolment) {
        send("ENROLMENT_CONFIRMED", enrolment, "enrolment.confirmed", 0);
    }

    public void waitlisted(Enrolment enrolment, int position) {
        send("ENROLMENT_WAITLISTED", enrolment, "enrolment.waitlisted", position);
    }

    public void promoted(Enrolment enrolment) {
        send("ENROLMENT_PROMOTED", enrolment, "enrolment.promoted", 0);
    }

    /** The manager refused a pending enrolment. */
    public void refused(Enrolment enrolment) {
        send("ENROLMENT_REFUSED", enrolment, "enrolment.refusedByCentre", 0);
    }

    /** The centre cancelled an enrolment (a learner who moved away, a class in approval mode). */
    public void cancelledByCentre(Enrolment enrolment) {
        send("ENROLMENT_CANCELLED", enrolment, "enrolment.cancelledByCentre", 0);
    }

    /** A certificate was issued: its verification code and public verify address, and where to download it. */
    public void certificateIssued(Certificate certificate) {
        Enrolment enrolment = certificate.enrolment();
        String to = enrolment.learner().email();
        if (to == null) {
            return;
        }
        outbox.queue("CERTIFICATE_ISSUED", to, enrolment.learner().preferredLocale(), "certificate.issued.subject",
                "certificate.issued.body", certificate.learnerName(), certificate.courseTitle(), certificate.classCode(),
                certificate.centreName(), certificate.verificationCode(), PortalLinks.verify(certificate.verificationCode()),
                PortalLinks.myLearning());
    }

    /** A session moved or cancelled, or the whole class cancelled: what changed, and why if said. */
    public void scheduleChanged(Enrolment enrolment, ScheduleChanged change) {
        String to = enrolment.learner().email();
        if (to == null) {
            return;
        }
        String lang = enrolment.learner().preferredLocale();
        String template = switch (change.kind()) {
            case SESSION_RESCHEDULED -> "schedule.moved";
            case SESSION_CANCELLED -> "schedule.sessionCancelled";
            case CLASS_CANCELLED -> "schedule.classCancelled";
        };
        ClassOffering c = enrolment.classOffering();
        outbox.queue(change.kind().name(), to, lang, template + ".subject", template + ".body",
                enrolment.learner().fullName(), c.course().title(), c.code(), c.course().centre().name(),
                change.oldStart() == null ? "" : DATE_TIME.format(change.oldStart()),
                change.newStart() == null ? "" : DATE_TIME.format(change.newStart()),
                change.reason() == null || change.reason().isBlank() ? "" : change.reason(), link());
    }

    /** The day before the first session. */
    public void reminder(Enrolment enrolment, java.time.LocalDateTime firstSession) {
        String to = enrolment.learner().email();
        if (to == null) {
            return;
        }
        ClassOffering c = enrolment.classOffering();
        outbox.queue("FIRST_SESSION_REMINDER", to, enrolment.learner().preferredLocale(), "reminder.subject", "reminder.body",
                enrolment.learner().fullName(), c.course().title(), c.code(), c.course().centre().name(), c.venue().name()
                        + (c.venue().address() == null ? "" : ", " + c.venue().address()),
                DATE_TIME.format(firstSession), link());
    }

    private static String link() {
        return Settings.BASE_URL.value().orElse("http://localhost:8080/") + "me/learning.xhtml";
    }

    private void send(String kind, Enrolment enrolment, String template, int position) {
        String to = enrolment.learner().email();
        if (to == null) {
            return;
        }
        String lang = enrolment.learner().preferredLocale();
        ClassOffering c = enrolment.classOffering();
        String when = c.weekdays().stream().sorted()
                .map(day -> MailTemplates.text(lang, "day." + day))
                .collect(Collectors.joining(", "))
                + (c.usualStart() == null ? "" : " " + TIME.format(c.usualStart()) + "–" + TIME.format(c.usualEnd()));
        outbox.queue(kind, to, lang, template + ".subject", template + ".body",
                enrolment.learner().fullName(), c.course().title(), c.code(), c.course().centre().name(),
                c.venue().name(), DATE.format(c.startDate()), when, position, link());
    }
}
