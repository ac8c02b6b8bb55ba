package vn.hoctap.portal.assessment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.assessment.control.TitleCertificatePdf;
import vn.hoctap.portal.assessment.entity.TitleCertificate;
import vn.hoctap.portal.enrolment.boundary.CertificateSource;
import vn.hoctap.portal.enrolment.boundary.VerifiedCertificate;

import java.util.Optional;

/**
 * Learning-title certificates on the portal's one verify page and endpoint: the holder, the title
 * and year, the decision, its date and the ward that recognised it — nothing else.
 */
@ApplicationScoped
public class TitleCertificateSource implements CertificateSource {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Override
    public Optional<VerifiedCertificate> verified(String normalisedCode) {
        return em.createQuery("select c from TitleCertificate c where c.verificationCode = :code", TitleCertificate.class)
                .setParameter("code", normalisedCode).getResultStream().findFirst()
                .map(c -> VerifiedCertificate.title(c.holderName(), TitleCertificatePdf.titleAndYear(c),
                        c.decisionNumber(), c.decidedOn(), c.issuer()));
    }
}
