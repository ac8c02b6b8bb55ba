package vn.hoctap.portal.assessment.control;

import vn.hoctap.portal.assessment.entity.TitleCertificate;
import vn.hoctap.portal.enrolment.control.CertificatePdf;
import vn.hoctap.portal.enrolment.control.PortalLinks;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A recognised title's certificate: the portal's one certificate layout ({@link CertificatePdf.Award})
 * in the words of the {@code titles} documents bundle — the ward's People's Committee as issuer,
 * the title and year, the decision, the signer — with the same QR code and verification code as
 * a course certificate, verified on the same page.
 */
public final class TitleCertificatePdf {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private TitleCertificatePdf() {
    }

    public static byte[] render(TitleCertificate c, String residentialGroup) {
        String title = text("title.kind." + c.kind());
        return CertificatePdf.render(new CertificatePdf.Award(c.issuer(), text("certificate.title"),
                text("certificate.recipient." + c.kind()), c.holderName(), null,
                List.of(text("certificate.achieved", title, String.valueOf(c.year())),
                        text("certificate.decision", c.decisionNumber(), DATE.format(c.decidedOn())),
                        text("certificate.place", residentialGroup, c.wardName())),
                null, c.wardName(), c.decidedOn(), text("certificate.signer"), c.signer(), c.verificationCode(),
                PortalLinks.verify(c.verificationCode()), text("certificate.documentTitle", title, c.holderName()),
                title + " " + c.year()));
    }

    /** "Công dân học tập năm 2026", as the verify page names the title. */
    public static String titleAndYear(TitleCertificate c) {
        return text("certificate.titleAndYear", text("title.kind." + c.kind()), String.valueOf(c.year()));
    }

    static String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle("vn.hoctap.portal.assessment.documents", VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }
}
