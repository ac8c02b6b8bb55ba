package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the public verify page answers for a real certificate, and nothing more: the name, what
 * was achieved, the date and the issuer. For a course: the class (course title and class code),
 * the completion date and the centre. For a learning title (see {@link CertificateSource}): the
 * title and year, the recognition decision, the decision's date and the ward that recognised it;
 * the course fields are then empty (absent from the JSON answer), and the other way round.
 */
public record VerifiedCertificate(String fullName, String courseTitle, String classCode, LocalDate completedOn,
                                  String centre, String title, String decision) implements Serializable {

    /** A course completion certificate. */
    public VerifiedCertificate(String fullName, String courseTitle, String classCode, LocalDate completedOn, String centre) {
        this(fullName, courseTitle, classCode, completedOn, centre, null, null);
    }

    /** A learning title: the holder, the title with its year, the decision, its date and the issuer. */
    public static VerifiedCertificate title(String holder, String title, String decision, LocalDate decidedOn, String issuer) {
        return new VerifiedCertificate(holder, null, null, decidedOn, issuer, title, decision);
    }
}
