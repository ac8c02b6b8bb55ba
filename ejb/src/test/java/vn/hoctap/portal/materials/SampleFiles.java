package vn.hoctap.portal.materials;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files a material can be, and files it must not be, made on the spot for tests: PDFs with real
 * Vietnamese text (Liberation Sans embedded), an encrypted and a damaged PDF, DOCX, XLSX, PPTX,
 * ODT and EPUB documents, a DOCX
 * whose document unpacks to far more than itself (a zip bomb), and a Windows program.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    /** A PDF with one page per text, each line of a text on its own line. */
    public static Path pdf(Path file, String... pages) {
        return write(file, out -> {
            try (PDDocument document = new PDDocument()) {
                fill(document, pages);
                document.save(out);
            }
        });
    }

    /** A PDF that opens only with its password (AES-128). */
    public static Path encryptedPdf(Path file, String text, String password) {
        return write(file, out -> {
            try (PDDocument document = new PDDocument()) {
                fill(document, text);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
                document.save(out);
            }
        });
    }

    /** Starts like a PDF, then is nonsense: detected as a PDF, unreadable as one. */
    public static Path corruptPdf(Path file) {
        return write(file, out -> {
            out.write("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1));
            byte[] noise = new byte[4096];
            new java.util.Random(5).nextBytes(noise);
            out.write(noise);
            out.write("\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        });
    }

    /** A Word document, one paragraph per text. */
    public static Path docx(Path file, String... paragraphs) {
        return write(file, out -> {
            try (XWPFDocument document = new XWPFDocument()) {
                for (String paragraph : paragraphs) {
                    document.createParagraph().createRun().setText(paragraph);
                }
                document.write(out);
            }
        });
    }

    /** A spreadsheet with one sheet whose first column holds the texts. */
    public static Path xlsx(Path file, String... cells) {
        return write(file, out -> {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
                var sheet = workbook.createSheet("Danh sách");
                for (int i = 0; i < cells.length; i++) {
                    sheet.createRow(i).createCell(0).setCellValue(cells[i]);
                }
                workbook.write(out);
            }
        });
    }

    /** A presentation, one slide per text. */
    public static Path pptx(Path file, String... slides) {
        return write(file, out -> {
            try (org.apache.poi.xslf.usermodel.XMLSlideShow show = new org.apache.poi.xslf.usermodel.XMLSlideShow()) {
                for (String text : slides) {
                    var box = show.createSlide().createTextBox();
                    box.setAnchor(new java.awt.Rectangle(50, 50, 600, 100));
                    box.setText(text);
                }
                show.write(out);
            }
        });
    }

    /** The smallest OpenDocument text: its mimetype first and stored, a manifest, one paragraph per text. */
    public static Path odt(Path file, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String paragraph : paragraphs) {
            body.append("<text:p>").append(paragraph).append("</text:p>");
        }
        return write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                stored(zip, "mimetype", "application/vnd.oasis.opendocument.text");
                entry(zip, "META-INF/manifest.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
                        <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                        <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                        </manifest:manifest>""");
                entry(zip, "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>");
            }
        });
    }

    /** The smallest EPUB: its mimetype first and stored, the container, a package and one chapter. */
    public static Path epub(Path file, String title, String chapter) {
        return write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                stored(zip, "mimetype", "application/epub+zip");
                entry(zip, "META-INF/container.xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                        <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
                        </container>""");
                entry(zip, "OEBPS/content.opf", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
                        + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:identifier id=\"id\">sample</dc:identifier>"
                        + "<dc:title>" + title + "</dc:title><dc:language>vi</dc:language></metadata>"
                        + "<manifest><item id=\"c1\" href=\"chapter1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                        + "<spine><itemref idref=\"c1\"/></spine></package>");
                entry(zip, "OEBPS/chapter1.xhtml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>" + title + "</title></head>"
                        + "<body><p>" + chapter + "</p></body></html>");
            }
        });
    }

    private static void stored(ZipOutputStream zip, String name, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /**
     * A DOCX whose document part is {@code megabytes} MB of one letter, deflated to a few
     * kilobytes: unpacking it is what a zip bomb does.
     */
    public static Path zipBombDocx(Path file, int megabytes) {
        return write(file, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                zip.setLevel(Deflater.BEST_COMPRESSION);
                entry(zip, "[Content_Types].xml", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                        <Default Extension="xml" ContentType="application/xml"/>
                        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                        </Types>""");
                entry(zip, "_rels/.rels", """
                        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                        </Relationships>""");
                zip.putNextEntry(new ZipEntry("word/document.xml"));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\""
                        + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
                        .getBytes(StandardCharsets.UTF_8));
                byte[] letters = new byte[1024 * 1024];
                java.util.Arrays.fill(letters, (byte) 'a');
                for (int i = 0; i < megabytes; i++) {
                    zip.write(letters);
                }
                zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        });
    }

    /** The start of a Windows program (DOS stub and PE signature), whatever the file is named. */
    public static Path windowsProgram(Path file) {
        return write(file, out -> {
            byte[] program = new byte[1024];
            program[0] = 'M';
            program[1] = 'Z';
            program[0x3c] = (byte) 0x80;
            program[0x80] = 'P';
            program[0x81] = 'E';
            byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(stub, 0, program, 0x4e, stub.length);
            out.write(program);
        });
    }

    private static void fill(PDDocument document, String... pages) throws IOException {
        PDType0Font font;
        try (InputStream in = SampleFiles.class.getResourceAsStream("/liberation/LiberationSans-Regular.ttf")) {
            font = PDType0Font.load(document, in);
        }
        for (String text : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 12);
                content.setLeading(16);
                content.newLineAtOffset(56, 780);
                for (String line : text.split("\n")) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private interface Writing {
        void to(OutputStream out) throws IOException;
    }

    private static Path write(Path file, Writing writing) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                writing.to(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
