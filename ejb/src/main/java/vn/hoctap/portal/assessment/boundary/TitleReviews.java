package vn.hoctap.portal.assessment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.assessment.control.AssessmentViews;
import vn.hoctap.portal.assessment.control.TitleAccess;
import vn.hoctap.portal.assessment.control.TitleMails;
import vn.hoctap.portal.assessment.entity.Assessment;
import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.RecognitionDecision;
import vn.hoctap.portal.assessment.entity.TitleCertificate;
import vn.hoctap.portal.enrolment.control.PortalLinks;
import vn.hoctap.portal.enrolment.entity.VerificationCode;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Review and recognition, per ward, by the managers of the ward's centre and the administrators
 * above it: the queue, accept / return with comments / reject with a reason (each a step with who
 * and when, the owner told by mail), and the recognition decision that recognises a batch of
 * accepted assessments — each then gets a certificate with a verification code.
 */
@Stateless
public class TitleReviews {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    TitleAccess access;

    @Inject
    AssessmentViews views;

    @Inject
    TitleMails mails;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** The ward's assessments waiting for review (or of the status asked), oldest submission first, a page at a time. */
    public AssessmentPage queue(QueueQuery query) {
        AdministrativeUnit ward = access.reviewedWard(query.ward());
        AssessmentStatus status = query.status() == null ? AssessmentStatus.SUBMITTED : query.status();
        int size = Math.max(1, Math.min(100, query.size()));
        String where = """
                from Assessment a where a.ward = :w and a.status = :s and (:k is null or a.kind = :k)
                  and (:y is null or a.year = :y)""";
        long total = em.createQuery("select count(a) " + where, Long.class)
                .setParameter("w", ward).setParameter("s", status).setParameter("k", query.kind())
                .setParameter("y", query.year()).getSingleResult();
        List<AssessmentRow> rows = em.createQuery("select a " + where + " order by a.submittedAt, a.id", Assessment.class)
                .setParameter("w", ward).setParameter("s", status).setParameter("k", query.kind())
                .setParameter("y", query.year())
                .setFirstResult(Math.max(0, query.page()) * size).setMaxResults(size)
                .getResultStream().map(AssessmentViews::row).toList();
        return new AssessmentPage(rows, total);
    }

    /** A reviewer's step on a submitted assessment of their ward. */
    public AssessmentView review(long id, ReviewForm form) {
        validation.require(form);
        Assessment a = find(id);
        Account reviewer = access.reviewerOf(a.ward());
        switch (form.action()) {
            case ACCEPT -> a.accept(reviewer, form.comment(), clock.instant());
            case RETURN -> {
                a.returnWithComments(reviewer, form.comment(), clock.instant());
                mails.returned(a, form.comment().strip());
            }
            case REJECT -> {
                a.reject(reviewer, form.comment(), clock.instant());
                mails.rejected(a, form.comment().strip());
            }
        }
        em.flush();
        return views.view(a, reviewer);
    }

    /**
     * Issues a recognition decision of the ward: every listed assessment must be accepted, of the
     * ward and of the decision's year; each is recognised and gets its certificate, and its owner a
     * mail. Nothing is recorded when one of them cannot be recognised.
     */
    public DecisionResult decide(DecisionForm form) {
        validation.require(form);
        AdministrativeUnit ward = access.reviewedWard(form.ward());
        Account reviewer = access.me();
        long sameNumber = em.createQuery(
                        "select count(d) from RecognitionDecision d where d.ward = :w and d.number = :n", Long.class)
                .setParameter("w", ward).setParameter("n", form.number().strip()).getSingleResult();
        if (sameNumber > 0) {
            throw new BusinessException("decision.numberTaken", form.number().strip());
        }
        RecognitionDecision decision = new RecognitionDecision(ward, form.decidedOn().getYear(), form.number(),
                form.decidedOn(), form.signer(), reviewer.id(), clock.instant());
        em.persist(decision);
        List<DecisionResult.Recognised> recognised = new ArrayList<>();
        for (long id : new LinkedHashSet<>(form.assessments())) {
            Assessment a = em.find(Assessment.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (a == null) {
                throw new NotFoundException();
            }
            a.recognise(decision, reviewer, clock.instant());
            TitleCertificate certificate = new TitleCertificate(a, VerificationCode.next(), clock.instant());
            em.persist(certificate);
            mails.recognised(a, certificate);
            recognised.add(new DecisionResult.Recognised(a.id(), certificate.holderName(), certificate.verificationCode(),
                    PortalLinks.verify(certificate.verificationCode())));
        }
        em.flush();
        return new DecisionResult(decision.id(), decision.number(), decision.decidedOn(), decision.year(), recognised);
    }

    /** The ward's decisions, newest first. */
    public List<DecisionResult> decisions(long wardId) {
        AdministrativeUnit ward = access.reviewedWard(wardId);
        return em.createQuery("select d from RecognitionDecision d where d.ward = :w order by d.decidedOn desc, d.id desc",
                        RecognitionDecision.class)
                .setParameter("w", ward).getResultStream().map(d -> new DecisionResult(d.id(), d.number(), d.decidedOn(),
                        d.year(), em.createQuery("select c from TitleCertificate c where c.assessment.decision = :d order by c.id",
                                        TitleCertificate.class).setParameter("d", d).getResultStream()
                                .map(c -> new DecisionResult.Recognised(c.assessment().id(), c.holderName(),
                                        c.verificationCode(), PortalLinks.verify(c.verificationCode()))).toList()))
                .toList();
    }

    /** The wards the caller reviews (their centre's, or every ward under an administrator), for the pages' choices. */
    public List<WardRow> wards() {
        Account me = access.me();
        return em.createQuery("select c from LearningCentre c join fetch c.ward order by c.ward.name",
                        vn.hoctap.portal.organisation.entity.LearningCentre.class)
                .getResultStream().filter(me::mayManage)
                .map(c -> new WardRow(c.ward().id(), c.ward().name(), c.ward().parent() == null ? null : c.ward().parent().id(),
                        c.ward().parent() == null ? null : c.ward().parent().name()))
                .toList();
    }

    /** A ward the caller reviews, with its district. */
    public record WardRow(long id, String name, Long districtId, String district) implements java.io.Serializable {
    }

    private Assessment find(long id) {
        Assessment a = em.find(Assessment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null) {
            throw new NotFoundException();
        }
        return a;
    }
}
