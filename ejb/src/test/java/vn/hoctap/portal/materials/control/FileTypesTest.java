package vn.hoctap.portal.materials.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.portal.materials.SampleFiles;
import vn.hoctap.portal.materials.entity.MaterialFormat;
import vn.hoctap.portal.platform.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The allow-list, by content: what a file is, whatever it is called. */
class FileTypesTest {

    @TempDir
    Path folder;

    @Test
    void allowed_formats_are_recognised_by_their_content() throws Exception {
        assertThat(FileTypes.detect(SampleFiles.pdf(folder.resolve("bai-giang"), "Xóa mù chữ"), "bai-giang"))
                .isEqualTo(new FileTypes.Detected("application/pdf", MaterialFormat.PDF));
        assertThat(FileTypes.detect(SampleFiles.docx(folder.resolve("x.bin"), "Kỹ năng sống"), "x.bin").format())
                .as("a DOCX without its extension").isEqualTo(MaterialFormat.DOCX);
        Path html = Files.writeString(folder.resolve("trang.html"),
                "<!DOCTYPE html><html><head><title>Vệ sinh</title></head><body><p>Rửa tay</p></body></html>");
        assertThat(FileTypes.detect(html, "trang.html").format()).isEqualTo(MaterialFormat.HTML);
        Path text = Files.writeString(folder.resolve("bai.txt"), "Phòng chống đuối nước cho trẻ em.\n");
        assertThat(FileTypes.detect(text, "bai.txt"))
                .isEqualTo(new FileTypes.Detected("text/plain; charset=UTF-8", MaterialFormat.TXT));
        Path markdown = Files.writeString(folder.resolve("bai.md"), "# Đọc sách cùng con\n\nMỗi tối mười lăm phút.\n");
        assertThat(FileTypes.detect(markdown, "bai.md"))
                .isEqualTo(new FileTypes.Detected("text/markdown; charset=UTF-8", MaterialFormat.TXT));
    }

    @Test
    void office_opendocument_and_epub_files_are_recognised_whatever_their_names() {
        assertThat(FileTypes.detect(SampleFiles.xlsx(folder.resolve("a"), "x"), "a").format()).isEqualTo(MaterialFormat.XLSX);
        assertThat(FileTypes.detect(SampleFiles.pptx(folder.resolve("b.docx"), "x"), "b.docx").format()).isEqualTo(MaterialFormat.PPTX);
        assertThat(FileTypes.detect(SampleFiles.odt(folder.resolve("c.zip"), "x"), "c.zip"))
                .isEqualTo(new FileTypes.Detected("application/vnd.oasis.opendocument.text", MaterialFormat.ODT));
        assertThat(FileTypes.detect(SampleFiles.epub(folder.resolve("d"), "x", "y"), "d"))
                .isEqualTo(new FileTypes.Detected("application/epub+zip", MaterialFormat.EPUB));
    }

    @Test
    void a_program_named_pdf_is_refused_naming_what_it_really_is() {
        Path program = SampleFiles.windowsProgram(folder.resolve("tai-lieu.pdf"));
        assertThatThrownBy(() -> FileTypes.detect(program, "tai-lieu.pdf"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("file");
                            assertThat(error.messageKey()).isEqualTo("material.file.typeRefused");
                            assertThat(error.arguments().get(0).toString()).startsWith("application/x-");
                        }));
    }

    @Test
    void a_text_named_pdf_stays_a_text_and_a_zip_archive_is_refused() throws Exception {
        Path text = Files.writeString(folder.resolve("gia.pdf"), "Không phải PDF, chỉ là chữ.");
        assertThat(FileTypes.detect(text, "gia.pdf").format()).isEqualTo(MaterialFormat.TXT);

        Path zip = folder.resolve("anh.zip");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("anh.txt"));
            out.write("ảnh".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> FileTypes.detect(zip, "anh.docx")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_password_protected_office_package_is_taken_by_its_extension_among_the_office_formats() {
        assertThat(FileTypes.allowed(FileTypes.PROTECTED_OOXML, "bao-cao.xlsx", () -> null).format())
                .isEqualTo(MaterialFormat.XLSX);
        assertThatThrownBy(() -> FileTypes.allowed(FileTypes.PROTECTED_OOXML, "bao-cao.zip", () -> null))
                .isInstanceOf(InvalidInputException.class);
    }
}
