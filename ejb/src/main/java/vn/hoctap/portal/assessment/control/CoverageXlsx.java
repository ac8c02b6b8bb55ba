package vn.hoctap.portal.assessment.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.hoctap.portal.assessment.boundary.Coverage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The coverage of the learning titles as an Excel workbook: a sheet of lines (each residential
 * group of a ward, or each ward of a district, per title) and a sheet of totals; figures are
 * numbers (the percentages with one decimal), so the report can be summed and charted in Excel.
 */
public final class CoverageXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private CoverageXlsx() {
    }

    public static byte[] render(Coverage coverage) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            sheet(workbook, TitleCertificatePdf.text("coverage.sheet.lines"), coverage, coverage.lines(), header, percent);
            sheet(workbook, TitleCertificatePdf.text("coverage.sheet.totals"), coverage, coverage.totals(), header, percent);
            workbook.getProperties().getCoreProperties().setTitle(TitleCertificatePdf.text("coverage.title",
                    coverage.scopeName(), String.valueOf(coverage.year())));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the coverage workbook", e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, String name, Coverage coverage, List<Coverage.Line> lines,
                              CellStyle header, CellStyle percent) {
        Sheet sheet = workbook.createSheet(name);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(TitleCertificatePdf.text("coverage.title", coverage.scopeName(),
                String.valueOf(coverage.year())));
        title.getCell(0).setCellStyle(header);
        Row head = sheet.createRow(2);
        String[] columns = {"coverage.column.area", "coverage.column.title", "coverage.column.recognised",
                "coverage.column.eligible", "coverage.column.percent", "coverage.column.targetPercent",
                "coverage.column.targetCount"};
        for (int c = 0; c < columns.length; c++) {
            head.createCell(c).setCellValue(TitleCertificatePdf.text(columns[c]));
            head.getCell(c).setCellStyle(header);
        }
        int r = 3;
        for (Coverage.Line line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.area());
            row.createCell(1).setCellValue(TitleCertificatePdf.text("title.kind." + line.kind()));
            row.createCell(2).setCellValue(line.recognised());
            row.createCell(3).setCellValue(line.eligible());
            if (line.percent() != null) {
                row.createCell(4).setCellValue(line.percent());
                row.getCell(4).setCellStyle(percent);
            }
            if (line.targetPercent() != null) {
                row.createCell(5).setCellValue(line.targetPercent());
            }
            if (line.targetCount() != null) {
                row.createCell(6).setCellValue(line.targetCount());
            }
        }
        int[] widths = {28, 22, 14, 18, 12, 14, 14};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 3);
    }
}
