package vn.hoctap.portal.enrolment.boundary;

import java.util.Optional;

/**
 * Another kind of certificate the portal issues with the same verification codes (80 random bits,
 * Crockford base 32: {@code enrolment.entity.VerificationCode}), so that one public verify page and
 * one {@code GET /api/certificates/{code}} answer for every certificate. A CDI bean implementing
 * it is asked by {@link Certificates#verify} when a code is not a course certificate's.
 */
public interface CertificateSource {

    /** The certificate with this code in its stored spelling ({@code K7QF-2M9X-D4TR-8HNB}), if it is one of this kind. */
    Optional<VerifiedCertificate> verified(String normalisedCode);
}
