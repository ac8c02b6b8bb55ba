package vn.hoctap.portal.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoctap.portal.assessment.entity.Assessment;
import vn.hoctap.portal.assessment.entity.TitleCertificate;
import vn.hoctap.portal.enrolment.control.PortalLinks;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.notification.control.MailTemplates;
import vn.hoctap.portal.notification.control.Outbox;

/**
 * The mails of an assessment's life, queued in the outbox in the transaction of the step: the
 * owner hears when it is returned, rejected or recognised. An owner without an e-mail address
 * (signed up with a phone number) gets none and follows the page.
 */
@ApplicationScoped
public class TitleMails {

    @Inject
    Outbox outbox;

    public void returned(Assessment assessment, String comments) {
        send("TITLE_RETURNED", assessment, "title.returned", comments, "", "");
    }

    public void rejected(Assessment assessment, String reason) {
        send("TITLE_REJECTED", assessment, "title.rejected", reason, "", "");
    }

    public void recognised(Assessment assessment, TitleCertificate certificate) {
        send("TITLE_RECOGNISED", assessment, "title.recognised", certificate.decisionNumber(),
                certificate.verificationCode(), PortalLinks.verify(certificate.verificationCode()));
    }

    private void send(String kind, Assessment assessment, String template, String detail, String code, String verifyUrl) {
        Account owner = assessment.owner();
        if (owner.email() == null) {
            return;
        }
        String lang = owner.preferredLocale();
        outbox.queue(kind, owner.email(), lang, template + ".subject", template + ".body", owner.fullName(),
                MailTemplates.text(lang, "title.kind." + assessment.kind()), String.valueOf(assessment.year()),
                assessment.subjectName(), detail == null ? "" : detail, code, verifyUrl,
                PortalLinks.base() + "me/assessment.xhtml?id=" + assessment.id());
    }
}
