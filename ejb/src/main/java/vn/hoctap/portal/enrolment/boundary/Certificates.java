package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.enrolment.control.CertificateDocument;
import vn.hoctap.portal.enrolment.control.CertificatePdf;
import vn.hoctap.portal.enrolment.control.ClassAccess;
import vn.hoctap.portal.enrolment.control.EnrolmentMails;
import vn.hoctap.portal.enrolment.control.PortalLinks;
import vn.hoctap.portal.enrolment.entity.Certificate;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.enrolment.entity.LearningResult;
import vn.hoctap.portal.enrolment.entity.VerificationCode;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Completion certificates. The centre's manager issues one for a completed result (once: asking
 * again answers the same certificate); the learner is told by mail. The PDF is for the learner
 * and the people who run the class; the verify answer is public but says only who, which class,
 * when and which centre — an unknown or malformed code is simply not found.
 */
@Stateless
public class Certificates {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ClassAccess access;

    @Inject
    CallerAccount caller;

    @Inject
    EnrolmentMails mails;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<CertificateSource> otherKinds;

    public IssuedCertificate issue(long enrolmentId) {
        var place = access.managerOfEnrolment(enrolmentId);
        // one issuer at a time per enrolment: a double click finds the certificate the first one made
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId, LockModeType.PESSIMISTIC_WRITE);
        Optional<Certificate> existing = of(enrolment);
        if (existing.isPresent()) {
            return issued(existing.get(), false);
        }
        Certificate certificate = Certificate.issue(enrolment, VerificationCode.next(), LocalDate.now(clock),
                place.callerId(), clock.instant());
        em.persist(certificate);
        em.flush();
        mails.certificateIssued(certificate);
        return issued(certificate, true);
    }

    /** Certificates for every completed learner of the class who has none yet. @return how many were issued */
    public int issueAll(long classId) {
        access.managerOfClass(classId);
        List<Long> completed = em.createQuery("""
                        select e.id from Enrolment e where e.classOffering.id = :k
                          and e.status = vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CONFIRMED and e.result = :completed
                          and not exists (select 1 from Certificate c where c.enrolment = e) order by e.id""", Long.class)
                .setParameter("k", classId).setParameter("completed", LearningResult.COMPLETED).getResultList();
        completed.forEach(this::issue);
        return completed.size();
    }

    /** The certificate's PDF, for its learner, or for the class's manager or teacher. */
    public DocumentFile pdf(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException();
        }
        Account owner = enrolment.learner().account();
        Account me = caller.require();
        if (owner == null || !owner.id().equals(me.id())) {
            access.staffOfEnrolment(enrolmentId);
        }
        Certificate c = of(enrolment).orElseThrow(NotFoundException::new);
        byte[] pdf = CertificatePdf.render(new CertificateDocument(c.learnerName(), c.birthYear(), c.courseTitle(),
                c.classCode(), c.centreName(), c.wardName(), c.completedOn(), c.literacyLevel(), c.verificationCode(),
                PortalLinks.verify(c.verificationCode()), c.issuedOn()));
        return new DocumentFile("giay-chung-nhan-" + c.verificationCode() + ".pdf", CertificatePdf.MEDIA_TYPE, pdf);
    }

    /**
     * Anyone may check a code; the answer names only the learner, the class, the date and the
     * centre — or, for a code of another kind of certificate ({@link CertificateSource}: learning
     * titles), only the holder, the title, the decision, its date and the issuer.
     */
    public VerifiedCertificate verify(String code) {
        String normalised = VerificationCode.normalised(code).orElseThrow(NotFoundException::new);
        return em.createQuery("select c from Certificate c where c.verificationCode = :code", Certificate.class)
                .setParameter("code", normalised).getResultStream()
                .findFirst()
                .map(c -> new VerifiedCertificate(c.learnerName(), c.courseTitle(), c.classCode(), c.completedOn(), c.centreName()))
                .or(() -> otherKinds.stream().map(source -> source.verified(normalised))
                        .flatMap(Optional::stream).findFirst())
                .orElseThrow(NotFoundException::new);
    }

    /** The caller's own certificates, newest first. */
    public List<IssuedCertificate> mine() {
        return em.createQuery("""
                        select c from Certificate c where c.enrolment.learner.account.id = :me order by c.issuedAt desc""",
                        Certificate.class)
                .setParameter("me", caller.require().id()).getResultStream()
                .map(c -> issued(c, false)).toList();
    }

    private Optional<Certificate> of(Enrolment enrolment) {
        return em.createQuery("select c from Certificate c where c.enrolment = :e", Certificate.class)
                .setParameter("e", enrolment).getResultStream().findFirst();
    }

    private static IssuedCertificate issued(Certificate c, boolean created) {
        return new IssuedCertificate(c.enrolment().id(), c.verificationCode(), PortalLinks.verify(c.verificationCode()),
                c.learnerName(), c.courseTitle(), c.classCode(), c.centreName(), c.completedOn(), c.literacyLevel(),
                c.issuedOn(), created);
    }
}
