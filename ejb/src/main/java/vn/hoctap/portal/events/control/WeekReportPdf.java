package vn.hoctap.portal.events.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import vn.hoctap.portal.enrolment.control.DocumentLabels;
import vn.hoctap.portal.enrolment.control.PdfFonts;
import vn.hoctap.portal.enrolment.control.PdfFonts.Style;
import vn.hoctap.portal.enrolment.control.PdfPages;
import vn.hoctap.portal.enrolment.control.PdfPages.Column;
import vn.hoctap.portal.enrolment.control.PdfText.Align;
import vn.hoctap.portal.events.boundary.WeekReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The week's report as a PDF for the district, on A4 portrait pages in the documents' typeface
 * (the enrolment's {@link PdfFonts}: every Vietnamese letter, embedded): the district, the title
 * and the period, then I. the figures per ward and II. per event type, each with its totals in
 * bold, and the note saying what each figure counts.
 */
public final class WeekReportPdf {

    public static final String MEDIA_TYPE = "application/pdf";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 40;
    private static final float NUMBER_WIDTH = 28;
    private static final float FIGURE_WIDTH = 66;

    private WeekReportPdf() {
    }

    public static byte[] render(WeekReport report) {
        WeekReportWording wording = new WeekReportWording();
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(document);
            PdfPages pages = new PdfPages(document, fonts, PAGE, MARGIN, wording.documentTitle(report));

            pages.newPage();
            pages.paragraph(Style.BOLD, 12, Align.LEFT, report.districtName().toUpperCase(wording.labels().locale()));
            pages.space(10);
            pages.paragraph(Style.BOLD, 15, Align.CENTRE, wording.title(report));
            pages.space(6);
            for (String line : wording.heading(report)) {
                pages.paragraph(Style.ITALIC, 11, Align.CENTRE, line);
            }

            List<List<String>> wards = new ArrayList<>();
            report.wards().forEach(w -> wards.add(row(wards.size() + 1, wording.ward(w), w.figures())));
            table(pages, wording, "report.byWard.heading", "column.ward", wards, report.total());

            List<List<String>> types = new ArrayList<>();
            report.types().forEach(t -> types.add(row(types.size() + 1, wording.type(t), t.figures())));
            table(pages, wording, "report.byType.heading", "column.type", types, report.total());

            pages.space(10);
            pages.paragraph(Style.ITALIC, 9.5f, Align.LEFT, wording.text("report.note"));
            pages.finish((page, count) -> wording.text("report.page", String.valueOf(page), String.valueOf(count)));

            document.getDocumentInformation().setTitle(wording.documentTitle(report));
            document.getDocumentInformation().setAuthor(report.districtName());
            document.getDocumentCatalog().setLanguage(wording.labels().locale().toLanguageTag());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the week's report", e);
        }
    }

    private static void table(PdfPages pages, WeekReportWording wording, String headingKey, String nameColumnKey,
                              List<List<String>> rows, WeekReport.Figures total) {
        pages.space(14);
        pages.paragraph(Style.BOLD, 12, Align.LEFT, wording.text(headingKey));
        pages.space(4);
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(wording.text("column.number"), NUMBER_WIDTH, Align.CENTRE));
        columns.add(new Column(wording.text(nameColumnKey),
                pages.width() - NUMBER_WIDTH - FIGURE_WIDTH * WeekReportWording.FIGURE_COLUMNS.size(), Align.LEFT));
        for (String key : WeekReportWording.FIGURE_COLUMNS) {
            columns.add(new Column(wording.text(key), FIGURE_WIDTH, Align.RIGHT));
        }
        List<List<String>> all = new ArrayList<>(rows);
        all.add(row(null, wording.text("row.total"), total));
        pages.table(columns, all, 10, 9, 1);
    }

    private static List<String> row(Integer number, String name, WeekReport.Figures figures) {
        List<String> cells = new ArrayList<>();
        cells.add(number == null ? "" : String.valueOf(number));
        cells.add(name);
        NumberFormat format = NumberFormat.getIntegerInstance(DocumentLabels.VIETNAMESE);
        for (int figure : WeekReportWording.figures(figures)) {
            cells.add(format.format(figure));
        }
        return cells;
    }
}
