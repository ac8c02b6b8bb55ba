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
 * Vietnamese text (Liberation Sans embedded), an encrypted and a damaged PDF, a DOCX, a DOCX
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
