package vn.hoctap.portal.enrolment.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A class's records as an Excel workbook with three sheets: the roster ("Danh sách lớp"), the
 * attendance grid ("Điểm danh": a row per learner, a column per session, "x" present, "v" absent,
 * empty not marked, with live COUNTIF totals so a teacher may go on marking in Excel) and the
 * results ("Kết quả"). Each sheet starts with the class heading; dates are real dates shown
 * dd/MM/yyyy, phone numbers stay text (their leading zero), and every sheet prints landscape.
 */
public final class ClassRecordsXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ClassRecordsXlsx() {
    }

    public static byte[] render(ClassRecords records) {
        DocumentLabels labels = DocumentLabels.vietnamese();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            RecordsWording wording = new RecordsWording(labels);
            roster(workbook, styles, labels, wording, records);
            attendance(workbook, styles, labels, wording, records);
            results(workbook, styles, labels, wording, records);
            workbook.setForceFormulaRecalculation(true);
            workbook.getProperties().getCoreProperties().setTitle(labels.text("records.documentTitle", records.classCode()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the class records workbook", e);
        }
    }

    private static void roster(Workbook workbook, Styles styles, DocumentLabels labels, RecordsWording wording,
                               ClassRecords records) {
        Sheet sheet = newSheet(workbook, labels.text("records.roster.sheet"));
        int header = heading(sheet, styles, labels, wording, records, labels.text("records.roster.heading"));
        headerRow(sheet, styles, header, labels, "column.number", "column.fullName", "column.birthYear",
                "column.residentialGroup", "column.phone", "column.note");
        int rowIndex = header + 1;
        int number = 1;
        for (ClassRecords.Learner learner : records.learners()) {
            Row row = sheet.createRow(rowIndex++);
            number(row, 0, number++, styles.centred);
            text(row, 1, learner.fullName(), styles.text);
            number(row, 2, learner.birthYear(), styles.centred);
            text(row, 3, learner.residentialGroup(), styles.text);
            text(row, 4, learner.phone(), styles.text);
            text(row, 5, learner.note(), styles.text);
        }
        widths(sheet, 6, 28, 10, 22, 15, 30);
        finish(sheet, header, header, 2);
    }

    private static void attendance(Workbook workbook, Styles styles, DocumentLabels labels, RecordsWording wording,
                               ClassRecords records) {
        Sheet sheet = newSheet(workbook, labels.text("records.attendance.sheet"));
        int header = heading(sheet, styles, labels, wording, records, labels.text("records.attendance.heading"));
        List<LocalDateTime> sessions = records.sessions();
        int firstSession = 2;
        int presentColumn = firstSession + sessions.size();
        int absentColumn = presentColumn + 1;

        Row numbers = sheet.createRow(header);
        Row dates = sheet.createRow(header + 1);
        text(numbers, 0, labels.text("column.number"), styles.header);
        text(numbers, 1, labels.text("column.fullName"), styles.header);
        text(numbers, presentColumn, labels.text("column.present"), styles.header);
        text(numbers, absentColumn, labels.text("column.absent"), styles.header);
        for (int column : new int[] {0, 1, presentColumn, absentColumn}) {
            dates.createCell(column).setCellStyle(styles.header);
            sheet.addMergedRegion(new CellRangeAddress(header, header + 1, column, column));
        }
        for (int i = 0; i < sessions.size(); i++) {
            text(numbers, firstSession + i, labels.text("column.session", String.valueOf(i + 1)), styles.header);
            Cell date = dates.createCell(firstSession + i);
            date.setCellValue(sessions.get(i).toLocalDate());
            date.setCellStyle(styles.headerDate);
        }

        String present = wording.presentMark();
        String absent = wording.absentMark();
        int rowIndex = header + 2;
        int number = 1;
        for (ClassRecords.Learner learner : records.learners()) {
            Row row = sheet.createRow(rowIndex);
            number(row, 0, number++, styles.centred);
            text(row, 1, learner.fullName(), styles.text);
            for (int i = 0; i < sessions.size(); i++) {
                text(row, firstSession + i, wording.mark(learner.attendance().get(i)), styles.centred);
            }
            countIf(row, presentColumn, rowIndex, firstSession, presentColumn - 1, present, styles.centred);
            countIf(row, absentColumn, rowIndex, firstSession, presentColumn - 1, absent, styles.centred);
            rowIndex++;
        }
        Row legend = sheet.createRow(rowIndex + 1);
        text(legend, 1, labels.text("attendance.legend"), styles.note);

        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        for (int i = 0; i < sessions.size(); i++) {
            sheet.setColumnWidth(firstSession + i, 11 * 256);
        }
        sheet.setColumnWidth(presentColumn, 9 * 256);
        sheet.setColumnWidth(absentColumn, 9 * 256);
        finish(sheet, header, header + 1, 2);
    }

    private static void results(Workbook workbook, Styles styles, DocumentLabels labels, RecordsWording wording,
                               ClassRecords records) {
        Sheet sheet = newSheet(workbook, labels.text("records.results.sheet"));
        int header = heading(sheet, styles, labels, wording, records, labels.text("records.results.heading"));
        headerRow(sheet, styles, header, labels, "column.number", "column.fullName", "column.birthYear",
                "column.attended", "column.result", "column.literacyLevel", "column.note");
        int rowIndex = header + 1;
        int number = 1;
        for (ClassRecords.Learner learner : records.learners()) {
            Row row = sheet.createRow(rowIndex++);
            number(row, 0, number++, styles.centred);
            text(row, 1, learner.fullName(), styles.text);
            number(row, 2, learner.birthYear(), styles.centred);
            number(row, 3, (int) learner.sessionsPresent(), styles.centred);
            text(row, 4, wording.result(learner.result()), styles.text);
            text(row, 5, wording.literacyLevel(learner.literacyLevel()), styles.text);
            text(row, 6, learner.note(), styles.text);
        }
        Row summary = sheet.createRow(rowIndex + 1);
        text(summary, 1, wording.summary(records), styles.note);
        widths(sheet, 6, 28, 10, 15, 18, 18, 30);
        finish(sheet, header, header, 2);
    }

    private static Sheet newSheet(Workbook workbook, String name) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        return sheet;
    }

    /** The class heading on top of every sheet; returns the index of the table's header row. */
    private static int heading(Sheet sheet, Styles styles, DocumentLabels labels, RecordsWording wording,
                               ClassRecords records, String part) {
        text(sheet.createRow(0), 0, labels.text("records.title") + " – " + part, styles.title);
        List<String> lines = wording.heading(records);
        for (int i = 0; i < lines.size(); i++) {
            text(sheet.createRow(i + 1), 0, lines.get(i), styles.label);
        }
        return lines.size() + 2;
    }

    private static void headerRow(Sheet sheet, Styles styles, int rowIndex, DocumentLabels labels, String... keys) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < keys.length; i++) {
            text(row, i, labels.text(keys[i]), styles.header);
        }
    }

    /** Frozen heading and names, the header rows repeated on every printed page, one page wide. */
    private static void finish(Sheet sheet, int firstHeaderRow, int lastHeaderRow, int frozenColumns) {
        sheet.createFreezePane(frozenColumns, lastHeaderRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        SheetCells.text(row, column, value, style);
    }

    private static void number(Row row, int column, Integer value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static void countIf(Row row, int column, int rowIndex, int fromColumn, int toColumn, String mark,
                                CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (toColumn < fromColumn) {
            cell.setCellValue(0);
            return;
        }
        String range = new CellReference(rowIndex, fromColumn).formatAsString() + ":"
                + new CellReference(rowIndex, toColumn).formatAsString();
        cell.setCellFormula("COUNTIF(" + range + ",\"" + mark.replace("\"", "\"\"") + "\")");
    }

    /** The few cell styles of the workbook, made once (a workbook holds at most 64,000). */
    private static final class Styles {

        final CellStyle title;
        final CellStyle label;
        final CellStyle note;
        final CellStyle header;
        final CellStyle headerDate;
        final CellStyle text;
        final CellStyle centred;

        Styles(Workbook workbook) {
            Font regular = font(workbook, false, false, 12);
            Font bold = font(workbook, true, false, 12);

            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, false, 14));
            label = workbook.createCellStyle();
            label.setFont(regular);
            note = workbook.createCellStyle();
            note.setFont(font(workbook, false, true, 11));

            header = bordered(workbook, bold, HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            headerDate = workbook.createCellStyle();
            headerDate.cloneStyleFrom(header);
            headerDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));

            text = bordered(workbook, regular, HorizontalAlignment.LEFT);
            text.setWrapText(true);
            centred = bordered(workbook, regular, HorizontalAlignment.CENTER);
            centred.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }

        private static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
            return SheetCells.font(workbook, bold, italic, points);
        }

        private static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
            return SheetCells.bordered(workbook, font, alignment);
        }
    }
}
