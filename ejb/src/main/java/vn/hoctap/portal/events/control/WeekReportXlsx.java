package vn.hoctap.portal.events.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoctap.portal.enrolment.control.SheetCells;
import vn.hoctap.portal.events.boundary.WeekReport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The week's report as an Excel workbook for the district: a sheet per ward ("Theo phường, xã",
 * the district-wide events first) and a sheet per event type ("Theo loại hình"), each under the
 * report's heading. Figures are numbers; the total present of a row and the totals row are live
 * formulas (=attendance + walk-ins, =SUM(…)) whose values are also stored, so the workbook shows
 * them in viewers that do not calculate and stays right when someone corrects a figure in Excel.
 */
public final class WeekReportXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Columns: number, name, then the five figures. */
    private static final int FIRST_FIGURE = 2;

    private WeekReportXlsx() {
    }

    public static byte[] render(WeekReport report) {
        WeekReportWording wording = new WeekReportWording();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            List<Line> wards = new ArrayList<>();
            report.wards().forEach(w -> wards.add(new Line(wording.ward(w), w.figures())));
            List<Line> types = new ArrayList<>();
            report.types().forEach(t -> types.add(new Line(wording.type(t), t.figures())));
            table(workbook, styles, wording, report, "report.byWard.sheet", "report.byWard.heading", "column.ward", wards);
            table(workbook, styles, wording, report, "report.byType.sheet", "report.byType.heading", "column.type", types);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            workbook.getProperties().getCoreProperties().setTitle(wording.documentTitle(report));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the week's report workbook", e);
        }
    }

    private record Line(String name, WeekReport.Figures figures) {
    }

    private static void table(Workbook workbook, Styles styles, WeekReportWording wording, WeekReport report,
                              String sheetKey, String headingKey, String nameColumnKey, List<Line> lines) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(wording.text(sheetKey)));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);

        int r = 0;
        text(sheet.createRow(r++), 0, wording.title(report), styles.title);
        for (String line : wording.heading(report)) {
            text(sheet.createRow(r++), 0, line, styles.plain);
        }
        r++;
        text(sheet.createRow(r++), 0, wording.text(headingKey), styles.bold);

        int header = r++;
        Row head = sheet.createRow(header);
        head.setHeightInPoints(34);
        text(head, 0, wording.text("column.number"), styles.header);
        text(head, 1, wording.text(nameColumnKey), styles.header);
        for (int c = 0; c < WeekReportWording.FIGURE_COLUMNS.size(); c++) {
            text(head, FIRST_FIGURE + c, wording.text(WeekReportWording.FIGURE_COLUMNS.get(c)), styles.header);
        }

        int first = r;
        int number = 1;
        for (Line line : lines) {
            Row row = sheet.createRow(r);
            number(row, 0, number++, styles.number);
            text(row, 1, line.name(), styles.text);
            int[] figures = WeekReportWording.figures(line.figures());
            for (int c = 0; c < figures.length - 1; c++) {
                number(row, FIRST_FIGURE + c, figures[c], styles.number);
            }
            // total present = attendance + walk-ins
            formula(row, FIRST_FIGURE + 4, ref(r, FIRST_FIGURE + 2) + "+" + ref(r, FIRST_FIGURE + 3), styles.number);
            r++;
        }
        int last = r - 1;
        Row total = sheet.createRow(r++);
        text(total, 0, "", styles.totalText);
        text(total, 1, wording.text("row.total"), styles.totalText);
        for (int c = 0; c < WeekReportWording.FIGURE_COLUMNS.size(); c++) {
            int column = FIRST_FIGURE + c;
            formula(total, column, lines.isEmpty() ? "0" : "SUM(" + ref(first, column) + ":" + ref(last, column) + ")",
                    styles.totalNumber);
        }
        r++;
        Row note = sheet.createRow(r);
        text(note, 0, wording.text("report.note"), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, FIRST_FIGURE + 4));
        note.setHeightInPoints(75);

        int[] widths = {6, 34, 14, 13, 14, 14, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(2, header + 1);
        sheet.setRepeatingRows(new CellRangeAddress(header, header, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        SheetCells.text(row, column, value, style);
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles {

        final CellStyle title;
        final CellStyle plain;
        final CellStyle bold;
        final CellStyle note;
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle totalText;
        final CellStyle totalNumber;

        Styles(Workbook workbook) {
            Font regularFont = SheetCells.font(workbook, false, false, 12);
            Font boldFont = SheetCells.font(workbook, true, false, 12);
            title = unbordered(workbook, SheetCells.font(workbook, true, false, 14));
            plain = unbordered(workbook, regularFont);
            bold = unbordered(workbook, boldFont);
            note = unbordered(workbook, SheetCells.font(workbook, false, true, 11));
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);

            header = SheetCells.bordered(workbook, boldFont, HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = SheetCells.bordered(workbook, regularFont, HorizontalAlignment.LEFT);
            text.setWrapText(true);
            number = SheetCells.bordered(workbook, regularFont, HorizontalAlignment.RIGHT);
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            totalText = SheetCells.bordered(workbook, boldFont, HorizontalAlignment.LEFT);
            totalNumber = SheetCells.bordered(workbook, boldFont, HorizontalAlignment.RIGHT);
            totalNumber.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }

        private static CellStyle unbordered(Workbook workbook, Font font) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }
    }
}
