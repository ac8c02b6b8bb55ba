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
import java.util.Map;

/**
 * A completion certificate as one A4 landscape PDF page: the national heading, the centre, the
 * learner and the course, the literacy level reached in a literacy class, the place and date
 * line, and at the bottom left a QR code of the verify URL with the verification code under it.
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

    public static byte[] render(CertificateDocument certificate) {
        DocumentLabels labels = DocumentLabels.vietnamese();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                border(content);
                heading(content, fonts, labels, certificate);
                body(content, fonts, labels, certificate);
                signature(content, fonts, labels, certificate);
                verification(content, fonts, labels, certificate);
            }
            var information = document.getDocumentInformation();
            information.setTitle(labels.text("certificate.documentTitle", certificate.learnerFullName()));
            information.setSubject(certificate.courseTitle());
            information.setAuthor(certificate.centreName());
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
                                CertificateDocument certificate) throws IOException {
        content.setNonStrokingColor(BLACK[0], BLACK[1], BLACK[2]);
        content.setStrokingColor(BLACK[0], BLACK[1], BLACK[2]);
        content.setLineWidth(0.6f);
        float top = PAGE.getHeight() - 62;

        float left = 215;
        String issuer = certificate.centreName().toUpperCase(labels.locale());
        float below = PdfText.showWrapped(content, fonts.get(Style.BOLD), 12, 15, Align.CENTRE, left, top, 320, issuer);
        underline(content, left, below + 15 - 8, 60); // below the dots under Ộ, Ậ

        float right = PAGE.getWidth() - 225;
        PdfText.show(content, fonts.get(Style.BOLD), 12, Align.CENTRE, right, top, labels.text("certificate.nation"));
        String motto = labels.text("certificate.motto");
        PdfText.show(content, fonts.get(Style.BOLD), 13, Align.CENTRE, right, top - 16, motto);
        underline(content, right, top - 16 - 6, PdfText.width(fonts.get(Style.BOLD), 13, motto));
    }

    private static void body(PDPageContentStream content, PdfFonts fonts, DocumentLabels labels,
                             CertificateDocument certificate) throws IOException {
        float centre = PAGE.getWidth() / 2;
        float width = PAGE.getWidth() - 160;

        colour(content, RED);
        float y = PdfText.showWrapped(content, fonts.get(Style.BOLD), 26, 30, Align.CENTRE, centre, 430, width,
                labels.text("certificate.title"));

        colour(content, BLACK);
        PdfText.show(content, fonts.get(Style.ITALIC), 15, Align.CENTRE, centre, y - 10, labels.text("certificate.recipient"));
        colour(content, BLUE);
        y = PdfText.showWrapped(content, fonts.get(Style.BOLD_ITALIC), 28, 32, Align.CENTRE, centre, y - 46, width,
                certificate.learnerFullName());

        colour(content, BLACK);
        y += 6;
        if (certificate.birthYear() != null) {
            PdfText.show(content, fonts.get(Style.REGULAR), 14, Align.CENTRE, centre, y,
                    labels.text("certificate.birthYear", String.valueOf(certificate.birthYear())));
            y -= 24;
        }
        y = PdfText.showWrapped(content, fonts.get(Style.REGULAR), 15, 19, Align.CENTRE, centre, y, width - 80,
                labels.text("certificate.completed", certificate.courseTitle()));
        y -= 3;
        PdfText.show(content, fonts.get(Style.REGULAR), 14, Align.CENTRE, centre, y,
                labels.text("certificate.classAndDate", certificate.classCode(), labels.date(certificate.completedOn())));
        if (certificate.literacyLevel() != null) {
            PdfText.show(content, fonts.get(Style.BOLD), 15, Align.CENTRE, centre, y - 24,
                    labels.text("certificate.literacy", String.valueOf(certificate.literacyLevel())));
        }
    }

    private static void signature(PDPageContentStream content, PdfFonts fonts, DocumentLabels labels,
                                  CertificateDocument certificate) {
        float right = PAGE.getWidth() - 225;
        PdfText.show(content, fonts.get(Style.ITALIC), 13, Align.CENTRE, right, 158,
                placeAndDate(labels, certificate.wardName(), certificate.issuedOn()));
        PdfText.show(content, fonts.get(Style.BOLD), 13, Align.CENTRE, right, 138, labels.text("certificate.signer"));
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
                                     CertificateDocument certificate) throws IOException {
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
