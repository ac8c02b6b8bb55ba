package vn.hoctap.portal.enrolment.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.hoctap.portal.enrolment.control.PdfFonts.Style;
import vn.hoctap.portal.enrolment.control.PdfPages.Column;
import vn.hoctap.portal.enrolment.control.PdfText.Align;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A class's records (hồ sơ lớp) as a PDF on A4 landscape pages, in the certificate's typeface:
 * the class heading, then I. the roster, II. the attendance and III. the results, each part
 * from a new page. The attendance grid shows at most {@value #SESSIONS_PER_BLOCK} sessions side
 * by side; longer classes get one grid per block of sessions, and the last block adds each
 * learner's totals over the whole class.
 */
public final class ClassRecordsPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    static final int SESSIONS_PER_BLOCK = 19;

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 36;
    private static final float TEXT = 10;

    private ClassRecordsPdf() {
    }

    public static byte[] render(ClassRecords records) {
        DocumentLabels labels = DocumentLabels.vietnamese();
        RecordsWording wording = new RecordsWording(labels);
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            PdfPages pages = new PdfPages(document, fonts, PAGE, MARGIN,
                    labels.text("records.documentTitle", records.classCode()) + " – " + records.courseTitle());

            pages.newPage();
            pages.paragraph(Style.BOLD, 12, Align.LEFT, records.centreName().toUpperCase(labels.locale()));
            pages.space(6);
            pages.paragraph(Style.BOLD, 18, Align.CENTRE, labels.text("records.title"));
            pages.space(6);
            for (String line : wording.heading(records)) {
                pages.paragraph(Style.REGULAR, 11, Align.LEFT, line);
            }
            roster(pages, labels, records);
            attendance(pages, labels, wording, records);
            results(pages, labels, wording, records);
            pages.finish((page, count) -> labels.text("records.page", String.valueOf(page), String.valueOf(count)));

            document.getDocumentInformation().setTitle(labels.text("records.documentTitle", records.classCode()));
            document.getDocumentInformation().setSubject(records.courseTitle());
            document.getDocumentInformation().setAuthor(records.centreName());
            document.getDocumentCatalog().setLanguage(labels.locale().toLanguageTag());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the class records", e);
        }
    }

    private static void roster(PdfPages pages, DocumentLabels labels, ClassRecords records) {
        pages.space(12);
        pages.paragraph(Style.BOLD, 13, Align.LEFT, labels.text("records.roster.heading"));
        pages.space(4);
        List<Column> columns = List.of(
                new Column(labels.text("column.number"), 32, Align.CENTRE),
                new Column(labels.text("column.fullName"), 190, Align.LEFT),
                new Column(labels.text("column.birthYear"), 60, Align.CENTRE),
                new Column(labels.text("column.residentialGroup"), 160, Align.LEFT),
                new Column(labels.text("column.phone"), 95, Align.LEFT),
                new Column(labels.text("column.note"), pages.width() - 537, Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (ClassRecords.Learner learner : records.learners()) {
            rows.add(List.of(String.valueOf(number++), learner.fullName(), text(learner.birthYear()),
                    text(learner.residentialGroup()), text(learner.phone()), text(learner.note())));
        }
        pages.table(columns, rows, TEXT, TEXT);
    }

    private static void attendance(PdfPages pages, DocumentLabels labels, RecordsWording wording, ClassRecords records) {
        pages.newPage();
        pages.paragraph(Style.BOLD, 13, Align.LEFT, labels.text("records.attendance.heading"));
        pages.paragraph(Style.ITALIC, 10, Align.LEFT, labels.text("attendance.legend"));
        List<LocalDateTime> sessions = records.sessions();
        int blocks = Math.max(1, (sessions.size() + SESSIONS_PER_BLOCK - 1) / SESSIONS_PER_BLOCK);
        for (int block = 0; block < blocks; block++) {
            int from = block * SESSIONS_PER_BLOCK;
            int to = Math.min(sessions.size(), from + SESSIONS_PER_BLOCK);
            boolean last = block == blocks - 1;
            pages.space(8);
            if (to > from) {
                pages.paragraph(Style.BOLD_ITALIC, 10, Align.LEFT, labels.text("records.attendance.block",
                        String.valueOf(from + 1), String.valueOf(to),
                        labels.date(sessions.get(from).toLocalDate()), labels.date(sessions.get(to - 1).toLocalDate())));
                pages.space(2);
            }

            List<Column> columns = new ArrayList<>();
            columns.add(new Column(labels.text("column.number"), 28, Align.CENTRE));
            columns.add(new Column(labels.text("column.fullName"), 160, Align.LEFT));
            for (int i = from; i < to; i++) {
                columns.add(new Column((i + 1) + "\n" + labels.shortDate(sessions.get(i).toLocalDate()), 26, Align.CENTRE));
            }
            if (last) {
                columns.add(new Column(labels.text("column.present"), 42, Align.CENTRE));
                columns.add(new Column(labels.text("column.absent"), 36, Align.CENTRE));
            }
            List<List<String>> rows = new ArrayList<>();
            int number = 1;
            for (ClassRecords.Learner learner : records.learners()) {
                List<String> cells = new ArrayList<>();
                cells.add(String.valueOf(number++));
                cells.add(learner.fullName());
                for (int i = from; i < to; i++) {
                    cells.add(wording.mark(learner.attendance().get(i)));
                }
                if (last) {
                    cells.add(String.valueOf(learner.sessionsPresent()));
                    cells.add(String.valueOf(learner.sessionsAbsent()));
                }
                rows.add(cells);
            }
            pages.table(columns, rows, 9, 8);
        }
    }

    private static void results(PdfPages pages, DocumentLabels labels, RecordsWording wording, ClassRecords records) {
        pages.newPage();
        pages.paragraph(Style.BOLD, 13, Align.LEFT, labels.text("records.results.heading"));
        pages.space(4);
        List<Column> columns = List.of(
                new Column(labels.text("column.number"), 32, Align.CENTRE),
                new Column(labels.text("column.fullName"), 190, Align.LEFT),
                new Column(labels.text("column.birthYear"), 60, Align.CENTRE),
                new Column(labels.text("column.attended"), 80, Align.CENTRE),
                new Column(labels.text("column.result"), 110, Align.LEFT),
                new Column(labels.text("column.literacyLevel"), 95, Align.LEFT),
                new Column(labels.text("column.note"), pages.width() - 567, Align.LEFT));
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (ClassRecords.Learner learner : records.learners()) {
            rows.add(List.of(String.valueOf(number++), learner.fullName(), text(learner.birthYear()),
                    learner.sessionsPresent() + "/" + records.sessions().size(), wording.result(learner.result()),
                    wording.literacyLevel(learner.literacyLevel()), text(learner.note())));
        }
        pages.table(columns, rows, TEXT, TEXT);
        pages.space(8);
        pages.paragraph(Style.ITALIC, 11, Align.LEFT, wording.summary(records));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
