package vn.hoctap.portal.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.assessment.control.AssessmentViews;
import vn.hoctap.portal.assessment.control.EvidenceFiles;
import vn.hoctap.portal.assessment.control.TitleAccess;
import vn.hoctap.portal.assessment.control.TitleCertificatePdf;
import vn.hoctap.portal.assessment.entity.Answer;
import vn.hoctap.portal.assessment.entity.Assessment;
import vn.hoctap.portal.assessment.entity.CriteriaSet;
import vn.hoctap.portal.assessment.entity.EvidenceFile;
import vn.hoctap.portal.assessment.entity.TitleCertificate;
import vn.hoctap.portal.assessment.entity.TitleKind;
import vn.hoctap.portal.enrolment.boundary.DocumentFile;
import vn.hoctap.portal.enrolment.control.CertificatePdf;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A resident's self-assessments: start one for a title (themself as a learning citizen of their
 * group; the family, clan or organisation they record as its head, representative or officer; their
 * residential group as its leader), give points and evidence indicator by indicator (each answer
 * saved at once: the form is a draft as it goes), agree to publication, submit in the assessment
 * year, follow the decision and download the certificate. Its reviewers read it here too.
 */
@Stateless
public class SelfAssessments {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TitleAccess access;

    @Inject
    AssessmentViews views;

    @Inject
    EvidenceFiles evidence;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** The titles a resident can start this year (each with its current criteria set version). */
    public StartChoices choices() {
        Account me = access.resident();
        List<CriteriaSetRow> sets = em.createQuery(
                        "select s from CriteriaSet s where s.current = true order by s.kind, s.citizenGroup", CriteriaSet.class)
                .getResultStream().map(s -> CriteriaSets.row(s, 0)).toList();
        return new StartChoices(LocalDate.now(clock).getYear(), me.residentialGroup().name(),
                me.residentialGroup().ward().name(), sets);
    }

    /** The caller's assessments, newest year first. */
    public List<AssessmentRow> mine() {
        Account me = access.resident();
        return em.createQuery("select a from Assessment a where a.owner = :me order by a.year desc, a.id desc", Assessment.class)
                .setParameter("me", me).getResultStream().map(AssessmentViews::row).toList();
    }

    /**
     * Starts this year's assessment of the subject, or finds the one already started (one per
     * subject and year).
     *
     * @return the assessment, and whether this call started it
     */
    public Started start(StartForm form) {
        validation.require(form);
        Account me = access.resident();
        Assessment.Subject subject = subject(form, me);
        int year = LocalDate.now(clock).getYear();
        // one assessment per subject and year: the account's row serialises two clicks of one person
        em.find(Account.class, me.id(), LockModeType.PESSIMISTIC_WRITE);
        Assessment existing = em.createQuery(
                        "select a from Assessment a where a.kind = :k and a.subjectKey = :key and a.year = :y", Assessment.class)
                .setParameter("k", form.kind()).setParameter("key", subject.key()).setParameter("y", year)
                .getResultStream().findFirst().orElse(null);
        if (existing != null) {
            if (!existing.isOwnedBy(me)) {
                throw new BusinessException("assessment.subject.taken", year);
            }
            return new Started(existing.id(), false);
        }
        CriteriaSet set = currentSet(form);
        Assessment assessment = Assessment.start(set, subject, me, year, clock.instant());
        em.persist(assessment);
        em.flush();
        return new Started(assessment.id(), true);
    }

    /** An assessment started, or found. */
    public record Started(long id, boolean created) {
    }

    public AssessmentView assessment(long id) {
        Assessment a = access.readable(id);
        return views.view(a, access.me());
    }

    /** Saves one indicator's points and evidence text; the answer is the assessment with its new score. */
    public AssessmentView answer(long id, int indicator, AnswerForm form) {
        if (form == null) {
            throw InvalidInputException.of("", "error.invalidInput");
        }
        Assessment a = access.owned(id);
        a.answer(indicator, form.points(), form.evidence());
        em.flush();
        return views.view(a, a.owner());
    }

    /** Attaches an evidence photo or PDF to an indicator (5 MB at most), replacing the one it had. */
    public AssessmentView attachEvidence(long id, int indicator, String fileName, InputStream content) {
        Assessment a = access.owned(id);
        if (!a.status().editable()) {
            throw new BusinessException("assessment.notEditable");
        }
        EvidenceFile file = evidence.keep(fileName, content);
        a.attach(indicator, file);
        em.flush();
        return views.view(a, a.owner());
    }

    public AssessmentView removeEvidence(long id, int indicator) {
        Assessment a = access.owned(id);
        a.attach(indicator, null);
        em.flush();
        return views.view(a, a.owner());
    }

    /** An indicator's evidence file, for the owner and the ward's reviewers. */
    public EvidenceDownload evidence(long id, int indicator) {
        Assessment a = access.readable(id);
        EvidenceFile file = a.answer(indicator).map(Answer::file).orElseThrow(NotFoundException::new);
        return new EvidenceDownload(evidence.path(file), file.mediaType(), file.fileName(), file.size(), file.sha256());
    }

    public AssessmentView consent(long id, boolean publish) {
        Assessment a = access.owned(id);
        a.consentToPublish(publish);
        em.flush();
        return views.view(a, a.owner());
    }

    /** Submits for review (again after a return): in the assessment's year, up to the ward's deadline, meeting the rule. */
    public AssessmentView submit(long id) {
        Assessment a = access.owned(id);
        a.submit(LocalDate.now(clock), views.deadline(a), a.owner(), clock.instant());
        em.flush();
        return views.view(a, a.owner());
    }

    /** The certificate of a recognised title, for its owner and the ward's reviewers. */
    public DocumentFile certificate(long id) {
        Assessment a = access.readable(id);
        TitleCertificate c = views.certificate(a);
        if (c == null) {
            throw new NotFoundException();
        }
        return new DocumentFile("giay-chung-nhan-" + c.verificationCode() + ".pdf", CertificatePdf.MEDIA_TYPE,
                TitleCertificatePdf.render(c, a.residentialGroup().name()));
    }

    private Assessment.Subject subject(StartForm form, Account me) {
        TitleKind kind = form.kind();
        return switch (kind) {
            case CITIZEN -> {
                if (form.citizenGroup() == null) {
                    throw InvalidInputException.of("citizenGroup", "assessment.group.required");
                }
                yield new Assessment.Subject("A" + me.id(), me.fullName(), me.residentialGroup());
            }
            case COMMUNITY -> new Assessment.Subject("G" + me.residentialGroup().id(),
                    me.residentialGroup().name() + ", " + me.residentialGroup().ward().name(), me.residentialGroup());
            case FAMILY, CLAN, UNIT -> new Assessment.Subject("A" + me.id(), form.subjectName(), me.residentialGroup());
        };
    }

    private CriteriaSet currentSet(StartForm form) {
        return em.createQuery("""
                        select s from CriteriaSet s where s.current = true and s.kind = :k
                          and (:g is null or s.citizenGroup = :g) order by s.id desc""", CriteriaSet.class)
                .setParameter("k", form.kind()).setParameter("g", form.kind() == TitleKind.CITIZEN ? form.citizenGroup() : null)
                .setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new BusinessException("assessment.noCriteria"));
    }
}
