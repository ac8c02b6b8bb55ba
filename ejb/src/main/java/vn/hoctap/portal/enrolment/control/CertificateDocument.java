package vn.hoctap.portal.enrolment.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a completion certificate shows. The verification code and the verify URL (which the QR code
 * encodes) come from the issued certificate; the public verify page shows only the name, the
 * class, the date and the centre.
 *
 * @param learnerFullName  as the learner writes it, with diacritics ("Đặng Văn Đức")
 * @param birthYear        may be null: printed only when known
 * @param courseTitle      the course completed
 * @param classCode        the class (offering) code
 * @param centreName       the issuing centre, e.g. "Trung tâm học tập cộng đồng phường Bồ Đề"
 * @param wardName         the place in the date line: "{ward}, ngày … tháng … năm …"
 * @param completedOn      the day the class ended for the learner
 * @param literacyLevel    1 or 2 for literacy classes (biết chữ mức độ 1/2), otherwise null
 * @param verificationCode printed under the QR code
 * @param verifyUrl        the public page the QR code points to
 * @param issuedOn         the day in the date line
 */
public record CertificateDocument(String learnerFullName, Integer birthYear, String courseTitle, String classCode,
                                  String centreName, String wardName, LocalDate completedOn, Integer literacyLevel,
                                  String verificationCode, String verifyUrl, LocalDate issuedOn) {

    public CertificateDocument {
        requireText(learnerFullName, "learnerFullName");
        requireText(courseTitle, "courseTitle");
        requireText(classCode, "classCode");
        requireText(centreName, "centreName");
        requireText(wardName, "wardName");
        Objects.requireNonNull(completedOn, "completedOn");
        requireText(verificationCode, "verificationCode");
        requireText(verifyUrl, "verifyUrl");
        Objects.requireNonNull(issuedOn, "issuedOn");
        if (literacyLevel != null && literacyLevel != 1 && literacyLevel != 2) {
            throw new IllegalArgumentException("literacyLevel is 1, 2 or null, not " + literacyLevel);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
