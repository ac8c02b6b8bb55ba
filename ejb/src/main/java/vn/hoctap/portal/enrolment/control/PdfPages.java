package vn.hoctap.portal.enrolment.control;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hoctap.portal.enrolment.control.PdfFonts.Style;
import vn.hoctap.portal.enrolment.control.PdfText.Align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Text and tables flowing down pages of one size: a new page when the next line or table row does
 * not fit, the table's header row repeated on it, a running line on top of every page and the
 * page numbers at the end ({@link #finish}).
 */
public final class PdfPages {

    /** A table column: header text, width in points, and how its cells align. */
    public record Column(String title, float width, Align align) {
    }

    private static final float CELL_PADDING = 3;

    private final PDDocument document;
    private final PdfFonts fonts;
    private final PDRectangle size;
    private final float margin;
    private final String runningHead;
    private PDPageContentStream content;
    private float y;

    public PdfPages(PDDocument document, PdfFonts fonts, PDRectangle size, float margin, String runningHead) {
        this.document = document;
        this.fonts = fonts;
        this.size = size;
        this.margin = margin;
        this.runningHead = runningHead;
    }

    public float width() {
        return size.getWidth() - 2 * margin;
    }

    public void newPage() {
        try {
            closeContent();
            PDPage page = new PDPage(size);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            content.setLineWidth(0.5f);
            PdfText.show(content, fonts.get(Style.ITALIC), 8, Align.RIGHT, size.getWidth() - margin,
                    size.getHeight() - margin / 2 - 4, runningHead);
            y = size.getHeight() - margin;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void space(float points) {
        y -= points;
    }

    /** A paragraph, wrapped to the page width, moved to a new page when it does not fit. */
    public void paragraph(Style style, float fontSize, Align align, String text) {
        PDFont font = fonts.get(style);
        float leading = fontSize * 1.3f;
        List<String> lines = PdfText.wrap(font, fontSize, text, width());
        ensure(lines.size() * leading);
        float x = switch (align) {
            case LEFT -> margin;
            case CENTRE -> size.getWidth() / 2;
            case RIGHT -> size.getWidth() - margin;
        };
        for (String line : lines) {
            y -= fontSize;
            PdfText.show(content, font, fontSize, align, x, y, line);
            y -= leading - fontSize;
        }
    }

    /** A table with a bold, shaded header row that is repeated on every page the table runs over. */
    public void table(List<Column> columns, List<List<String>> rows, float fontSize, float headerFontSize) {
        table(columns, rows, fontSize, headerFontSize, 0);
    }

    /** The same table, its last {@code boldRows} rows (the totals of a report) in bold. */
    public void table(List<Column> columns, List<List<String>> rows, float fontSize, float headerFontSize, int boldRows) {
        List<String> titles = columns.stream().map(Column::title).toList();
        List<Align> centred = columns.stream().map(column -> Align.CENTRE).toList();
        float headerHeight = rowHeight(columns, titles, Style.BOLD, headerFontSize);
        ensure(headerHeight + (rows.isEmpty() ? 0 : rowHeight(columns, rows.get(0), Style.REGULAR, fontSize)));
        row(columns, titles, centred, Style.BOLD, headerFontSize, headerHeight, true);
        List<Align> aligns = columns.stream().map(Column::align).toList();
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            Style style = i >= rows.size() - boldRows ? Style.BOLD : Style.REGULAR;
            float height = rowHeight(columns, cells, style, fontSize);
            if (y - height < margin) {
                newPage();
                row(columns, titles, centred, Style.BOLD, headerFontSize, headerHeight, true);
            }
            row(columns, cells, aligns, style, fontSize, height, false);
        }
    }

    /** Writes "page i of n" at the bottom of every page; call once, when everything else is written. */
    public void finish(BiFunction<Integer, Integer, String> pageNumber) {
        try {
            closeContent();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                        AppendMode.APPEND, true, true)) {
                    PdfText.show(footer, fonts.get(Style.REGULAR), 9, Align.CENTRE, size.getWidth() / 2,
                            margin / 2, pageNumber.apply(i + 1, count));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensure(float height) {
        if (content == null || y - height < margin) {
            newPage();
        }
    }

    private float rowHeight(List<Column> columns, List<String> cells, Style style, float fontSize) {
        PDFont font = fonts.get(style);
        int lines = 1;
        for (int i = 0; i < columns.size(); i++) {
            lines = Math.max(lines, PdfText.wrap(font, fontSize, cells.get(i), columns.get(i).width() - 2 * CELL_PADDING).size());
        }
        return lines * fontSize * 1.2f + 2 * CELL_PADDING;
    }

    private void row(List<Column> columns, List<String> cells, List<Align> aligns, Style style, float fontSize,
                     float height, boolean shaded) {
        try {
            PDFont font = fonts.get(style);
            float x = margin;
            float top = y;
            if (shaded) {
                content.setNonStrokingColor(0.88f, 0.88f, 0.88f);
                content.addRect(x, top - height, columns.stream().map(Column::width).reduce(0f, Float::sum), height);
                content.fill();
                content.setNonStrokingColor(0f, 0f, 0f);
            }
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                content.addRect(x, top - height, column.width(), height);
                content.stroke();
                float inner = column.width() - 2 * CELL_PADDING;
                float anchor = switch (aligns.get(i)) {
                    case LEFT -> x + CELL_PADDING;
                    case CENTRE -> x + column.width() / 2;
                    case RIGHT -> x + column.width() - CELL_PADDING;
                };
                float baseline = top - CELL_PADDING - fontSize * 0.9f;
                for (String line : PdfText.wrap(font, fontSize, cells.get(i), inner)) {
                    PdfText.show(content, font, fontSize, aligns.get(i), anchor, baseline, line);
                    baseline -= fontSize * 1.2f;
                }
                x += column.width();
            }
            y -= height;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
