package vn.hoctap.portal.enrolment.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the public verify page answers for a real certificate, and nothing more: the name, the
 * class (course title and class code), the completion date and the issuing centre.
 */
public record VerifiedCertificate(String fullName, String courseTitle, String classCode, LocalDate completedOn,
                                  String centre) implements Serializable {
}
