package vn.hoctap.portal.enrolment.control;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;

/**
 * The documents' typeface: Liberation Serif (SIL Open Font License 1.1), metric-compatible with
 * Times New Roman, the face of Vietnamese administrative documents, and with every Vietnamese
 * letter. The TrueType files come from the {@code com.github.librepdf:openpdf-fonts-extra} jar on
 * the class path; each document embeds a subset of the glyphs it uses.
 */
public final class PdfFonts {

    public enum Style {
        REGULAR("LiberationSerif-Regular.ttf"),
        BOLD("LiberationSerif-Bold.ttf"),
        ITALIC("LiberationSerif-Italic.ttf"),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf");

        private final String file;

        Style(String file) {
            this.file = file;
        }
    }

    private static final String FOLDER = "/liberation/";

    private final PDDocument document;
    private final Map<Style, PDType0Font> loaded = new EnumMap<>(Style.class);

    public PdfFonts(PDDocument document) {
        this.document = document;
    }

    /** The style's font in this document, embedded as a subset when the document is saved. */
    public PDType0Font get(Style style) {
        return loaded.computeIfAbsent(style, this::load);
    }

    private PDType0Font load(Style style) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(Files.bytes(style)), true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the font " + style.file, e);
        }
    }

    /**
     * The text as the fonts can show it: composed (NFC, so "ế" is one glyph even when typed as
     * e + two combining marks), controls as spaces, and a question mark for any character the
     * font has no glyph for (PDFBox would refuse the whole string).
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint) && codePoint != '\n') {
                out.append(' ');
            } else if (codePoint == '\n' || Files.COVERAGE.getGlyphId(codePoint) > 0) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The font files, read once from the class path. */
    private static final class Files {

        private static final Map<Style, byte[]> BYTES = new EnumMap<>(Style.class);
        /** All four styles cover the same characters; the regular one answers for them. */
        private static final CmapLookup COVERAGE;

        static {
            for (Style style : Style.values()) {
                BYTES.put(style, read(style));
            }
            try {
                TrueTypeFont regular = new TTFParser().parse(new RandomAccessReadBuffer(BYTES.get(Style.REGULAR)));
                COVERAGE = regular.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + Style.REGULAR.file, e);
            }
        }

        static byte[] bytes(Style style) {
            return BYTES.get(style);
        }

        private static byte[] read(Style style) {
            try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + style.file)) {
                if (in == null) {
                    throw new IllegalStateException("font " + FOLDER + style.file
                            + " is not on the class path (com.github.librepdf:openpdf-fonts-extra)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + style.file, e);
            }
        }
    }
}
