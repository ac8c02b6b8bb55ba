package vn.hoctap.portal.enrolment.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.hoctap.portal.enrolment.control.PdfFonts.Style;
import vn.hoctap.portal.enrolment.control.PdfText.Align;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A certificate as one A4 landscape PDF page: the national heading, the issuer, the recipient and
 * what they achieved (a course completed, with the literacy level reached in a literacy class; or
 * a learning title recognised), the place and date line, and at the bottom left a QR code of the
 * verify URL with the verification code under it. Every certificate of the portal uses this one
 * layout ({@link Award}); the learning titles give it their own wording.
 * The text is real text in Liberation Serif (embedded subset), so it can be searched and copied.
 */
public final class CertificatePdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float QR_SIZE = 96;
    private static final float[] RED = {0.60f, 0.10f, 0.10f};
    private static final float[] BLUE = {0.05f, 0.15f, 0.45f};
    private static final float[] BLACK = {0, 0, 0};

    private CertificatePdf() {
    }

    /**
     * What any certificate of the portal prints, whatever it certifies: the issuer's heading, the
     * title, the recipient, the lines saying what was achieved (the first one wrapped), an optional
     * line in bold, the place and date, who signs, and the verification code with its QR code.
     * A course's completion and a learning title are two wordings of this one layout.
     *
     * @param birthYearLine  printed under the name when not null
     * @param lines          at least one; the first is wrapped, the others are one line each
     * @param highlight      printed in bold under the lines when not null
     * @param signerName     printed under the signer's office, lower, when not null
     */
    public record Award(String issuer, String title, String recipientLabel, String recipientName, String birthYearLine,
                        List<String> lines, String highlight, String place, LocalDate issuedOn, String signer,
                        String signerName, String verificationCode, String verifyUrl, String documentTitle,
                        String subject) {

        public Award {
            lines = List.copyOf(lines);
            if (lines.isEmpty()) {
                throw new IllegalArgumentException("a certificate says what it certifies");
            }
        }
    }

    public static byte[] render(CertificateDocument certificate) {
        DocumentLabels labels = DocumentLabels.vietnamese();
        List<String> lines = new ArrayList<>();
        lines.add(labels.text("certificate.completed", certificate.courseTitle()));
        lines.add(labels.text("certificate.classAndDate", certificate.classCode(), labels.date(certificate.completedOn())));
        return render(new Award(certificate.centreName(), labels.text("certificate.title"), labels.text("certificate.recipient"),
                certificate.learnerFullName(),
                certificate.birthYear() == null ? null : labels.text("certificate.birthYear", String.valueOf(certificate.birthYear())),
                lines,
                certificate.literacyLevel() == null ? null : labels.text("certificate.literacy", String.valueOf(certificate.literacyLevel())),
                certificate.wardName(), certificate.issuedOn(), labels.text("certificate.signer"), null,
                certificate.verificationCode(), certificate.verifyUrl(),
                labels.text("certificate.documentTitle", certificate.learnerFullName()), certificate.courseTitle()));
    }

    /** Any certificate of the portal (see {@link Award}) as one A4 landscape page. */
    public static byte[] render(Award award) {
        DocumentLabels labels = DocumentLabels.vietnamese();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                border(content);
                heading(content, fonts, labels, award);
                body(content, fonts, award);
                signature(content, fonts, labels, award);
                verification(content, fonts, labels, award);
            }
            var information = document.getDocumentInformation();
            information.setTitle(award.documentTitle());
            information.setSubject(award.subject());
            information.setAuthor(award.issuer());
            document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the certificate", e);
        }
    }

    private static void border(PDPageContentStream content) throws IOException {
        content.setStrokingColor(RED[0], RED[1], RED[2]);
        content.setLineWidth(3);
        content.addRect(18, 18, PAGE.getWidth() - 36, PAGE.getHeight() - 36);
        content.stroke();
        content.setLineWidth(0.8f);
        content.addRect(26, 26, PAGE.getWidth() - 52, PAGE.getHeight() - 52);
        content.stroke();
    }

    private static void heading(PDPageContentStream content, PdfFonts fonts, DocumentLabels labels,
                                Award certificate) throws IOException {
        content.setNonStrokingColor(BLACK[0], BLACK[1], BLACK[2]);
        content.setStrokingColor(BLACK[0], BLACK[1], BLACK[2]);
        content.setLineWidth(0.6f);
        float top = PAGE.getHeight() - 62;

        float left = 215;
        String issuer = certificate.issuer().toUpperCase(labels.locale());
        float below = PdfText.showWrapped(content, fonts.get(Style.BOLD), 12, 15, Align.CENTRE, left, top, 320, issuer);
        underline(content, left, below + 15 - 8, 60); // below the dots under Ộ, Ậ

        float right = PAGE.getWidth() - 225;
        PdfText.show(content, fonts.get(Style.BOLD), 12, Align.CENTRE, right, top, labels.text("certificate.nation"));
        String motto = labels.text("certificate.motto");
        PdfText.show(content, fonts.get(Style.BOLD), 13, Align.CENTRE, right, top - 16, motto);
        underline(content, right, top - 16 - 6, PdfText.width(fonts.get(Style.BOLD), 13, motto));
    }

    private static void body(PDPageContentStream content, PdfFonts fonts, Award certificate) throws IOException {
        float centre = PAGE.getWidth() / 2;
        float width = PAGE.getWidth() - 160;

        colour(content, RED);
        float y = PdfText.showWrapped(content, fonts.get(Style.BOLD), 26, 30, Align.CENTRE, centre, 430, width,
                certificate.title());

        colour(content, BLACK);
        PdfText.show(content, fonts.get(Style.ITALIC), 15, Align.CENTRE, centre, y - 10, certificate.recipientLabel());
        colour(content, BLUE);
        y = PdfText.showWrapped(content, fonts.get(Style.BOLD_ITALIC), 28, 32, Align.CENTRE, centre, y - 46, width,
                certificate.recipientName());

        colour(content, BLACK);
        y += 6;
        if (certificate.birthYearLine() != null) {
            PdfText.show(content, fonts.get(Style.REGULAR), 14, Align.CENTRE, centre, y, certificate.birthYearLine());
            y -= 24;
        }
        y = PdfText.showWrapped(content, fonts.get(Style.REGULAR), 15, 19, Align.CENTRE, centre, y, width - 80,
                certificate.lines().get(0));
        y -= 3;
        for (String line : certificate.lines().subList(1, certificate.lines().size())) {
            PdfText.show(content, fonts.get(Style.REGULAR), 14, Align.CENTRE, centre, y, line);
            y -= 24;
        }
        if (certificate.highlight() != null) {
            PdfText.show(content, fonts.get(Style.BOLD), 15, Align.CENTRE, centre, y, certificate.highlight());
        }
    }

    private static void signature(PDPageContentStream content, PdfFonts fonts, DocumentLabels labels,
                                  Award certificate) {
        float right = PAGE.getWidth() - 225;
        PdfText.show(content, fonts.get(Style.ITALIC), 13, Align.CENTRE, right, 158,
                placeAndDate(labels, certificate.place(), certificate.issuedOn()));
        PdfText.show(content, fonts.get(Style.BOLD), 13, Align.CENTRE, right, 138, certificate.signer());
        if (certificate.signerName() != null) {
            PdfText.show(content, fonts.get(Style.BOLD), 13, Align.CENTRE, right, 70, certificate.signerName());
        }
    }

    /**
     * "Phường Bồ Đề, ngày 05 tháng 02 năm 2026": days below 10 and the months January and February
     * take a leading zero, as in Vietnamese administrative documents (Nghị định 30/2020/NĐ-CP).
     */
    static String placeAndDate(DocumentLabels labels, String place, LocalDate day) {
        String trimmed = place.strip();
        String capitalised = trimmed.substring(0, 1).toUpperCase(labels.locale()) + trimmed.substring(1);
        String dayOfMonth = (day.getDayOfMonth() < 10 ? "0" : "") + day.getDayOfMonth();
        String month = (day.getMonthValue() < 3 ? "0" : "") + day.getMonthValue();
        return labels.text("certificate.placeDate", capitalised, dayOfMonth, month, String.valueOf(day.getYear()));
    }

    private static void verification(PDPageContentStream content, PdfFonts fonts, DocumentLabels labels,
                                     Award certificate) throws IOException {
        float x = 70;
        float y = 64;
        colour(content, BLACK);
        PdfText.show(content, fonts.get(Style.ITALIC), 9, Align.CENTRE, x + QR_SIZE / 2, y + QR_SIZE + 6,
                labels.text("certificate.verifyHint"));
        qrCode(content, certificate.verifyUrl(), x, y, QR_SIZE);
        PdfText.show(content, fonts.get(Style.REGULAR), 10, Align.CENTRE, x + QR_SIZE / 2, y - 12,
                labels.text("certificate.verificationCode", certificate.verificationCode()));
    }

    /** The QR code as filled squares (vector, sharp at any zoom), its quiet zone included in the size. */
    private static void qrCode(PDPageContentStream content, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("the verify URL does not fit in a QR code", e);
        }
        float module = size / matrix.getWidth();
        float top = y + size;
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                content.addRect(x + start * module, top - (row + 1) * module, (column - start) * module, module);
            }
        }
        content.fill();
    }

    private static void underline(PDPageContentStream content, float centre, float y, float width) throws IOException {
        content.moveTo(centre - width / 2, y);
        content.lineTo(centre + width / 2, y);
        content.stroke();
    }

    private static void colour(PDPageContentStream content, float[] rgb) throws IOException {
        content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
    }
}
