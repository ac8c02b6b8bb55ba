package vn.hoctap.portal.enrolment.control;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

import java.text.Normalizer;

/**
 * The look of the portal's workbooks, shared by every feature that writes one: the typeface of
 * Vietnamese administrative documents, thin-bordered table cells, and text cells stored composed
 * (NFC), so that Excel sorts and searches "ế" as one letter however it was typed.
 */
public final class SheetCells {

    public static final String TYPEFACE = "Times New Roman";

    private SheetCells() {
    }

    public static Font font(Workbook workbook, boolean bold, boolean italic, int points) {
        Font font = workbook.createFont();
        font.setFontName(TYPEFACE);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setItalic(italic);
        return font;
    }

    /** A table cell's style: the font, thin borders all round, vertically centred. */
    public static CellStyle bordered(Workbook workbook, Font font, HorizontalAlignment alignment) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(alignment);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A text cell (left empty for no text), composed. */
    public static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(Normalizer.normalize(value, Normalizer.Form.NFC));
        }
        cell.setCellStyle(style);
    }
}
