package vn.hoctap.portal.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.assessment.boundary.AssessmentRow;
import vn.hoctap.portal.assessment.boundary.AssessmentView;
import vn.hoctap.portal.assessment.entity.Answer;
import vn.hoctap.portal.assessment.entity.Assessment;
import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.EvidenceFile;
import vn.hoctap.portal.assessment.entity.Scorecard;
import vn.hoctap.portal.assessment.entity.TitleCertificate;
import vn.hoctap.portal.assessment.entity.TitleTarget;
import vn.hoctap.portal.identity.entity.Account;

import java.time.LocalDate;

/** Assessments as the pages and the API show them, and the facts several boundaries look up. */
@ApplicationScoped
public class AssessmentViews {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public AssessmentView view(Assessment a, Account caller) {
        boolean mine = a.isOwnedBy(caller);
        TitleCertificate certificate = certificate(a);
        var criteria = a.criteriaSet().criteria().stream().map(c -> new AssessmentView.Step(c.code(), c.title(),
                c.indicators().stream().map(i -> {
                    Answer answer = a.answer(i.number()).orElse(null);
                    EvidenceFile file = answer == null ? null : answer.file();
                    return new AssessmentView.Item(i.number(), i.text(), i.maxPoints(), i.minPoints(), i.mandatory(),
                            i.evidenceHint(), answer == null ? null : answer.points(), answer == null ? null : answer.evidenceText(),
                            file == null ? null : file.fileName(), file == null ? null : file.size(),
                            file == null ? null : file.mediaType());
                }).toList())).toList();
        var history = a.steps().stream()
                .map(s -> new AssessmentView.History(s.action(), s.actorName(), s.at(), s.comment())).toList();
        Account owner = a.owner();
        String contact = mine ? null : owner.email() != null ? owner.email() : owner.phone();
        return new AssessmentView(a.id(), a.kind(), a.criteriaSet().citizenGroup(), a.subjectName(), a.year(), a.status(),
                a.ward().id(), a.ward().name(), a.residentialGroup().name(), owner.fullName(), contact,
                a.criteriaSet().id(), a.criteriaSet().name(), a.criteriaSet().versionNumber(), a.publishConsent(),
                deadline(a), a.scorecard(), criteria, history,
                a.decision() == null ? null : a.decision().number(), a.decision() == null ? null : a.decision().decidedOn(),
                certificate == null ? null : certificate.verificationCode(),
                mine && a.status().editable(), !mine && a.status() == AssessmentStatus.SUBMITTED, mine);
    }

    public static AssessmentRow row(Assessment a) {
        Scorecard card = a.scorecard();
        return new AssessmentRow(a.id(), a.kind(), a.subjectName(), a.year(), a.status(), card.total(), card.maxTotal(),
                card.meetsRule(), a.ward().name(), a.residentialGroup().name(), a.owner().fullName(), a.submittedAt());
    }

    /** The last day the assessment may be submitted: the ward's plan for the title and year, else 31 December. */
    public LocalDate deadline(Assessment a) {
        TitleTarget target = em.createQuery(
                        "select t from TitleTarget t where t.ward = :w and t.year = :y and t.kind = :k", TitleTarget.class)
                .setParameter("w", a.ward()).setParameter("y", a.year()).setParameter("k", a.kind())
                .getResultStream().findFirst().orElse(null);
        return TitleTarget.deadlineOf(target, a.year());
    }

    public TitleCertificate certificate(Assessment a) {
        return em.createQuery("select c from TitleCertificate c where c.assessment = :a", TitleCertificate.class)
                .setParameter("a", a).getResultStream().findFirst().orElse(null);
    }
}
