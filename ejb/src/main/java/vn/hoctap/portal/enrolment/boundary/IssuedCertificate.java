package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A certificate as its learner and the centre see it. {@code created} is false when issuing found
 * the certificate already issued (issuing is idempotent).
 */
public record IssuedCertificate(long enrolmentId, String verificationCode, String verifyUrl, String learnerName,
                                String courseTitle, String classCode, String centre, LocalDate completedOn,
                                Integer literacyLevel, LocalDate issuedOn, boolean created) implements Serializable {
}
