import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the PDF and DOCX files of the demo materials from their source texts.
 *
 * <p>For every entry of {@code materials.yaml} whose {@code file} ends in {@code .pdf} or
 * {@code .docx}, reads {@code sources/<key>.txt} and writes {@code files/<key>.pdf|.docx}. The
 * output is byte-for-byte reproducible: fixed dates (the material's publication date), a document
 * id derived from the text, fixed ZIP entry times. Each file written is read back (PDFBox's text
 * stripper, POI's Word extractor) and its words compared with the source's: the run fails when a
 * letter did not survive, e.g. a glyph missing from the font or a broken ToUnicode map.
 *
 * <p>Source markup, one paragraph per line:
 * <pre>
 *   %scan                 first line only: a scanned document (its text is the OCR text layer;
 *                         no title in the PDF metadata, as a scanner leaves it)
 *   || left | right       two columns (the heading block of an administrative document)
 *   ^ text                centred, bold
 *   ~ text                centred, italic
 *   &gt; text                right-aligned, italic (place and date)
 *   # text                heading, bold
 *   - text                bullet item with a hanging indent
 *   (blank line)          vertical space
 *   anything else         a justified-looking paragraph (left-aligned, wrapped)
 * </pre>
 *
 * <p>Run from the repository root (see README.md for the class path):
 * {@code java -cp <jars> content/materials/sources/MakeDocuments.java content/materials}
 */
public class MakeDocuments {

    enum Kind { TWO_COLUMNS, CENTRED, CENTRED_ITALIC, RIGHT, HEADING, BULLET, BLANK, TEXT }

    record Line(Kind kind, String text, String right) {
    }

    record Material(String key, String title, String author, LocalDate published, String file) {
    }

    public static void main(String[] args) throws Exception {
        // POI logs through Log4j 2 without a provider on this class path: keep it quiet
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        Path folder = Path.of(args.length > 0 ? args[0] : "content/materials");
        Object root = new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(folder.resolve("materials.yaml"), StandardCharsets.UTF_8));
        int written = 0;
        for (Object node : (List<?>) ((Map<?, ?>) root).get("materials")) {
            Map<?, ?> entry = (Map<?, ?>) node;
            Object file = entry.get("file");
            if (file == null || !(file.toString().endsWith(".pdf") || file.toString().endsWith(".docx"))) {
                continue;
            }
            Material material = new Material(entry.get("key").toString(), entry.get("title").toString(),
                    entry.get("author").toString(), LocalDate.parse(entry.get("published").toString()), file.toString());
            Path source = folder.resolve("sources").resolve(material.key() + ".txt");
            List<String> raw = Files.readAllLines(source, StandardCharsets.UTF_8);
            boolean scan = !raw.isEmpty() && raw.get(0).strip().equals("%scan");
            List<Line> lines = parse(scan ? raw.subList(1, raw.size()) : raw);
            Path target = folder.resolve(material.file());
            byte[] bytes = material.file().endsWith(".pdf") ? pdf(material, lines, scan) : docx(material, lines);
            Files.write(target, bytes);
            int words = verify(lines, material.file().endsWith(".pdf") ? pdfText(bytes) : docxText(bytes), target);
            System.out.printf("%-50s %7d bytes %5d words read back%s%n", folder.relativize(target), bytes.length,
                    words, scan ? "  (scan)" : "");
            written++;
        }
        System.out.println(written + " documents written");
    }

    static List<Line> parse(List<String> raw) {
        List<Line> lines = new ArrayList<>();
        for (String original : raw) {
            String s = Normalizer.normalize(original.stripTrailing(), Normalizer.Form.NFC);
            if (s.isBlank()) {
                lines.add(new Line(Kind.BLANK, "", null));
            } else if (s.startsWith("|| ")) {
                String[] parts = s.substring(3).split("(^|\\s)\\|(\\s|$)", 2);
                lines.add(new Line(Kind.TWO_COLUMNS, parts[0].strip(), parts.length > 1 ? parts[1].strip() : ""));
            } else if (s.startsWith("^ ")) {
                lines.add(new Line(Kind.CENTRED, s.substring(2).strip(), null));
            } else if (s.startsWith("~ ")) {
                lines.add(new Line(Kind.CENTRED_ITALIC, s.substring(2).strip(), null));
            } else if (s.startsWith("> ")) {
                lines.add(new Line(Kind.RIGHT, s.substring(2).strip(), null));
            } else if (s.startsWith("# ")) {
                lines.add(new Line(Kind.HEADING, s.substring(2).strip(), null));
            } else if (s.startsWith("- ")) {
                lines.add(new Line(Kind.BULLET, s.substring(2).strip(), null));
            } else {
                lines.add(new Line(Kind.TEXT, s.strip(), null));
            }
        }
        return lines;
    }

    // ─────────────────────────── reading back ───────────────────────────

    static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /**
     * The words of the extracted text must be the source's words in order, letter for letter (NFC),
     * apart from what the layout adds: bullet dashes and page numbers.
     */
    static int verify(List<Line> lines, String extracted, Path target) {
        List<String> expected = new ArrayList<>();
        for (Line line : lines) {
            for (String part : new String[] {line.text(), line.right()}) {
                if (part != null && !part.isBlank()) {
                    expected.addAll(List.of(part.strip().split("\\s+")));
                }
            }
        }
        String[] actual = Normalizer.normalize(extracted, Normalizer.Form.NFC).strip().split("\\s+");
        int i = 0;
        int page = 1;
        for (String word : actual) {
            if (i < expected.size() && word.equals(expected.get(i))) {
                i++;
            } else if (word.equals("–")) {
                continue; // a bullet
            } else if (word.equals(String.valueOf(page + 1)) || word.equals(String.valueOf(page))) {
                page = Integer.parseInt(word); // a page number
            } else {
                throw new IllegalStateException(target + ": read back '" + word + "' where the source has '"
                        + (i < expected.size() ? expected.get(i) : "(end)") + "' (word " + (i + 1) + ")");
            }
        }
        if (i != expected.size()) {
            throw new IllegalStateException(target + ": only " + i + " of " + expected.size() + " words read back");
        }
        return i;
    }

    // ─────────────────────────── PDF ───────────────────────────

    static final float MARGIN_LEFT = 70, MARGIN_RIGHT = 55, MARGIN_TOP = 60, MARGIN_BOTTOM = 60;
    static final float SIZE = 12.5f, LEADING = SIZE * 1.38f;

    static byte[] pdf(Material material, List<Line> lines, boolean scan) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = font(document, "LiberationSerif-Regular.ttf");
            PDType0Font bold = font(document, "LiberationSerif-Bold.ttf");
            PDType0Font italic = font(document, "LiberationSerif-Italic.ttf");
            PdfWriter writer = new PdfWriter(document);
            float width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
            for (Line line : lines) {
                switch (line.kind()) {
                    case BLANK -> writer.space(LEADING * 0.5f);
                    case TWO_COLUMNS -> {
                        // as in administrative documents: the issuer on the left, the national motto on the right
                        float leftWidth = width * 0.4f;
                        float rightWidth = width - leftWidth;
                        float size = SIZE - 1;
                        List<String> left = wrap(line.text(), bold, size, leftWidth - 6);
                        List<String> right = wrap(line.right(), bold, size, rightWidth);
                        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                            writer.ensure(LEADING);
                            if (i < left.size()) {
                                writer.centred(left.get(i), bold, size, MARGIN_LEFT - 10, leftWidth);
                            }
                            if (i < right.size()) {
                                writer.centred(right.get(i), bold, size, MARGIN_LEFT + leftWidth, rightWidth);
                            }
                            writer.advance(LEADING);
                        }
                    }
                    case CENTRED, CENTRED_ITALIC -> {
                        PDType0Font f = line.kind() == Kind.CENTRED ? bold : italic;
                        for (String part : wrap(line.text(), f, SIZE, width - 40)) {
                            writer.ensure(LEADING);
                            writer.centred(part, f, SIZE, MARGIN_LEFT, width);
                            writer.advance(LEADING);
                        }
                    }
                    case RIGHT -> {
                        for (String part : wrap(line.text(), italic, SIZE, width)) {
                            writer.ensure(LEADING);
                            float w = italic.getStringWidth(part) / 1000 * SIZE;
                            writer.show(part, italic, SIZE, MARGIN_LEFT + width - w);
                            writer.advance(LEADING);
                        }
                    }
                    case HEADING -> {
                        writer.space(LEADING * 0.25f);
                        writer.ensure(LEADING * 3); // keep a heading with the lines that follow
                        writer.paragraph(line.text(), bold, SIZE, MARGIN_LEFT, width, 0);
                    }
                    case BULLET -> {
                        writer.ensure(LEADING);
                        writer.show("–", regular, SIZE, MARGIN_LEFT + 14);
                        writer.paragraph(line.text(), regular, SIZE, MARGIN_LEFT + 28, width - 28, 0);
                    }
                    case TEXT -> writer.paragraph(line.text(), regular, SIZE, MARGIN_LEFT, width, 24);
                }
            }
            writer.finish(regular);

            PDDocumentInformation info = document.getDocumentInformation();
            Calendar date = calendar(material.published());
            info.setCreationDate(date);
            info.setModificationDate(date);
            if (scan) {
                info.setProducer("Demo scanner with OCR text layer (MakeDocuments, Apache PDFBox)");
            } else {
                info.setTitle(material.title());
                info.setAuthor(material.author());
                info.setProducer("MakeDocuments (Apache PDFBox)");
            }
            byte[] id = digest(material.key() + "\n" + lines);
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            document.getDocument().setDocumentID(ids);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Lays out lines top to bottom, starting a new A4 page when one is full. */
    static final class PdfWriter {
        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;
        private int pages;

        PdfWriter(PDDocument document) {
            this.document = document;
        }

        void ensure(float height) throws IOException {
            if (stream == null || y - height < MARGIN_BOTTOM) {
                newPage();
            }
        }

        void space(float height) {
            if (stream != null) {
                y -= height;
            }
        }

        void advance(float height) {
            y -= height;
        }

        void show(String text, PDType0Font font, float size, float x) throws IOException {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y - size);
            stream.showText(text);
            stream.endText();
        }

        void centred(String text, PDType0Font font, float size, float x, float width) throws IOException {
            float w = font.getStringWidth(text) / 1000 * size;
            show(text, font, size, x + (width - w) / 2);
        }

        void paragraph(String text, PDType0Font font, float size, float x, float width, float firstIndent)
                throws IOException {
            List<String> parts = wrap(text, font, size, width - firstIndent, width);
            for (int i = 0; i < parts.size(); i++) {
                ensure(LEADING);
                show(parts.get(i), font, size, i == 0 ? x + firstIndent : x);
                advance(LEADING);
            }
            y -= LEADING * 0.2f;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN_TOP;
            pages++;
        }

        /** Closes the last page and numbers the pages of a document longer than one. */
        void finish(PDType0Font font) throws IOException {
            if (stream == null) {
                newPage();
            }
            stream.close();
            if (pages > 1) {
                for (int i = 0; i < pages; i++) {
                    PDPage page = document.getPage(i);
                    try (PDPageContentStream footer = new PDPageContentStream(document, page,
                            PDPageContentStream.AppendMode.APPEND, true)) {
                        String number = String.valueOf(i + 1);
                        float w = font.getStringWidth(number) / 1000 * 10;
                        footer.beginText();
                        footer.setFont(font, 10);
                        footer.newLineAtOffset((PDRectangle.A4.getWidth() - w) / 2, MARGIN_BOTTOM / 2);
                        footer.showText(number);
                        footer.endText();
                    }
                }
            }
        }
    }

    static List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        return wrap(text, font, size, width, width);
    }

    /** Greedy word wrap; the first line may be narrower (an indented paragraph). */
    static List<String> wrap(String text, PDType0Font font, float size, float firstWidth, float width)
            throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            float limit = lines.isEmpty() ? firstWidth : width;
            if (font.getStringWidth(candidate) / 1000 * size <= limit || current.isEmpty()) {
                current.setLength(0);
                current.append(candidate);
            } else {
                lines.add(current.toString());
                current.setLength(0);
                current.append(word);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    static PDType0Font font(PDDocument document, String file) throws IOException {
        try (InputStream in = MakeDocuments.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font /liberation/" + file
                        + " is not on the class path (com.github.librepdf:openpdf-fonts-extra)");
            }
            // embedSubset = true: only the glyphs used, with a ToUnicode map so the text extracts
            return PDType0Font.load(document, new ByteArrayInputStream(in.readAllBytes()), true);
        }
    }

    static Calendar calendar(LocalDate date) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        calendar.clear();
        calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 9, 0, 0);
        return calendar;
    }

    static byte[] digest(String text) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[16];
            System.arraycopy(full, 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ─────────────────────────── DOCX ───────────────────────────

    static final String FONT = "Times New Roman";
    static final int DOCX_SIZE = 13;

    static byte[] docx(Material material, List<Line> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            for (Line line : lines) {
                switch (line.kind()) {
                    case BLANK -> document.createParagraph();
                    case TWO_COLUMNS -> {
                        XWPFTable table = document.createTable(1, 2);
                        table.removeBorders();
                        table.setWidth("100%");
                        cell(table.getRow(0).getCell(0), line.text());
                        cell(table.getRow(0).getCell(1), line.right());
                    }
                    case CENTRED -> run(paragraph(document, ParagraphAlignment.CENTER), line.text(), true, false);
                    case CENTRED_ITALIC -> run(paragraph(document, ParagraphAlignment.CENTER), line.text(), false, true);
                    case RIGHT -> run(paragraph(document, ParagraphAlignment.RIGHT), line.text(), false, true);
                    case HEADING -> run(paragraph(document, ParagraphAlignment.LEFT), line.text(), true, false);
                    case BULLET -> {
                        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH);
                        p.setIndentationLeft(567);
                        p.setIndentationHanging(284);
                        run(p, "–\t" + line.text(), false, false);
                    }
                    case TEXT -> {
                        XWPFParagraph p = paragraph(document, ParagraphAlignment.BOTH);
                        p.setIndentationFirstLine(567);
                        run(p, line.text(), false, false);
                    }
                }
            }
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            Date date = Date.from(material.published().atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
            core.setTitle(material.title());
            core.setCreator(material.author());
            core.setLastModifiedByUser(material.author());
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return withFixedTimes(out.toByteArray(), date.getTime());
        }
    }

    static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingAfter(80);
        return p;
    }

    static void cell(XWPFTableCell cell, String text) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, text, true, false);
    }

    static void run(XWPFParagraph paragraph, String text, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(DOCX_SIZE);
        run.setBold(bold);
        run.setItalic(italic);
        String[] tabs = text.split("\t", -1);
        for (int i = 0; i < tabs.length; i++) {
            if (i > 0) {
                run.addTab();
            }
            run.setText(tabs[i], i);
        }
    }

    /** The same ZIP with every entry dated {@code millis}, so that two runs write the same bytes. */
    static byte[] withFixedTimes(byte[] zip, long millis) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(millis);
                rewritten.putNextEntry(copy);
                in.transferTo(rewritten);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
