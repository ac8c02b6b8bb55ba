package vn.hoctap.portal.enrolment.control;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Measuring, wrapping and placing lines of text on a PDF page (the documents' only text layout). */
public final class PdfText {

    public enum Align { LEFT, CENTRE, RIGHT }

    private PdfText() {
    }

    public static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(PdfFonts.printable(text)) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text in lines no wider than the width: at spaces, at the given line breaks, inside a word only when it is too long alone. */
    public static List<String> wrap(PDFont font, float size, String text, float maxWidth) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : PdfFonts.printable(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.trim().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(font, size, candidate) <= maxWidth) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                while (width(font, size, word) > maxWidth && word.length() > 1) {
                    int cut = word.length() - 1;
                    while (cut > 1 && width(font, size, word.substring(0, cut)) > maxWidth) {
                        cut--;
                    }
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                }
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** One line at the baseline y: x is its left edge, its centre or its right edge. */
    public static void show(PDPageContentStream content, PDFont font, float size, Align align, float x, float y, String text) {
        String printable = PdfFonts.printable(text).replace('\n', ' ');
        if (printable.isEmpty()) {
            return;
        }
        float left = switch (align) {
            case LEFT -> x;
            case CENTRE -> x - width(font, size, printable) / 2;
            case RIGHT -> x - width(font, size, printable);
        };
        try {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(left, y);
            content.showText(printable);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Wrapped lines from the baseline y downwards; returns the baseline below the last line. */
    public static float showWrapped(PDPageContentStream content, PDFont font, float size, float leading, Align align,
                             float x, float y, float maxWidth, String text) {
        float baseline = y;
        for (String line : wrap(font, size, text, maxWidth)) {
            show(content, font, size, align, x, baseline, line);
            baseline -= leading;
        }
        return baseline;
    }
}
