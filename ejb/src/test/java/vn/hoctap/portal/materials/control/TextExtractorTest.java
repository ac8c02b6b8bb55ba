package vn.hoctap.portal.materials.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hoctap.portal.materials.SampleFiles;
import vn.hoctap.portal.materials.entity.ExtractionFailure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text out of real files, and a clear reason when there is none. */
class TextExtractorTest {

    private static final TextExtractor.Limits GENEROUS = new TextExtractor.Limits(Duration.ofSeconds(60), 1_000_000);

    @TempDir
    Path folder;

    private final TextExtractor extractor = new TextExtractor(Thread::new);

    @Test
    void a_pdf_gives_its_vietnamese_text_exactly_and_its_pages() throws Exception {
        Path pdf = SampleFiles.pdf(folder.resolve("xmc.pdf"), "Lớp xóa mù chữ giai đoạn 1\nHọc buổi tối tại nhà văn hóa",
                "Kỹ năng sống cho người cao tuổi", "Đường đến trường");

        var result = extractor.extract(pdf, GENEROUS, (done, total, characters) -> { });

        assertThat(result.text()).contains("Lớp xóa mù chữ giai đoạn 1", "Học buổi tối tại nhà văn hóa",
                "Kỹ năng sống cho người cao tuổi", "Đường đến trường");
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.truncated()).isFalse();
    }

    @Test
    void a_docx_and_a_text_in_nfd_come_out_in_nfc() throws Exception {
        Path docx = SampleFiles.docx(folder.resolve("luat.docx"), "Luật Cư trú năm 2020", "Đăng ký thường trú");
        assertThat(extractor.extract(docx, GENEROUS, (d, t, c) -> { }).text())
                .contains("Luật Cư trú năm 2020", "Đăng ký thường trú");

        String nfd = Normalizer.normalize("Đọc sách cùng con mỗi tối", Normalizer.Form.NFD);
        Path text = Files.writeString(folder.resolve("doc.txt"), nfd);
        assertThat(extractor.extract(text, GENEROUS, (d, t, c) -> { }).text()).isEqualTo("Đọc sách cùng con mỗi tối");
    }

    @Test
    void spreadsheets_presentations_opendocument_and_epub_give_their_text_too() throws Exception {
        assertThat(text(SampleFiles.xlsx(folder.resolve("ds.xlsx"), "Danh sách học viên lớp xóa mù chữ", "Nguyễn Thị Hằng")))
                .contains("Danh sách học viên lớp xóa mù chữ", "Nguyễn Thị Hằng");
        assertThat(text(SampleFiles.pptx(folder.resolve("bai.pptx"), "An toàn giao thông", "Đội mũ bảo hiểm đạt chuẩn")))
                .contains("An toàn giao thông", "Đội mũ bảo hiểm đạt chuẩn");
        assertThat(text(SampleFiles.odt(folder.resolve("thu.odt"), "Thư mời dự Tuần lễ học tập suốt đời")))
                .contains("Thư mời dự Tuần lễ học tập suốt đời");
        assertThat(text(SampleFiles.epub(folder.resolve("sach.epub"), "Truyện cổ tích", "Ngày xửa ngày xưa, ở một làng ven sông…")))
                .contains("Ngày xửa ngày xưa, ở một làng ven sông…");
    }

    private String text(Path file) throws TextExtractor.Failed {
        return extractor.extract(file, GENEROUS, (d, t, c) -> { }).text();
    }

    @Test
    void text_beyond_the_limit_is_cut_off_not_refused() throws Exception {
        Path text = Files.writeString(folder.resolve("dai.txt"), "chữ ".repeat(10_000));
        var result = extractor.extract(text, new TextExtractor.Limits(Duration.ofSeconds(60), 1000), (d, t, c) -> { });
        assertThat(result.truncated()).isTrue();
        assertThat(result.text().length()).isLessThanOrEqualTo(1000);
    }

    @Test
    void an_encrypted_pdf_a_damaged_pdf_and_a_zip_bomb_each_fail_with_their_reason() {
        Path encrypted = SampleFiles.encryptedPdf(folder.resolve("mat.pdf"), "Bí mật", "matkhau");
        assertThatThrownBy(() -> extractor.extract(encrypted, GENEROUS, (d, t, c) -> { }))
                .isInstanceOfSatisfying(TextExtractor.Failed.class, f -> assertThat(f.reason()).isEqualTo(ExtractionFailure.ENCRYPTED));

        Path corrupt = SampleFiles.corruptPdf(folder.resolve("hong.pdf"));
        assertThatThrownBy(() -> extractor.extract(corrupt, GENEROUS, (d, t, c) -> { }))
                .isInstanceOfSatisfying(TextExtractor.Failed.class, f -> assertThat(f.reason()).isEqualTo(ExtractionFailure.CORRUPT));

        Path bomb = SampleFiles.zipBombDocx(folder.resolve("bom.docx"), 50);
        assertThatThrownBy(() -> extractor.extract(bomb, GENEROUS, (d, t, c) -> { }))
                .isInstanceOfSatisfying(TextExtractor.Failed.class, f -> assertThat(f.reason()).isEqualTo(ExtractionFailure.ZIP_BOMB));
    }

    @Test
    void a_time_limit_of_zero_gives_up_at_the_first_event() {
        Path pdf = SampleFiles.pdf(folder.resolve("cham.pdf"), "Chậm");
        assertThatThrownBy(() -> extractor.extract(pdf, new TextExtractor.Limits(Duration.ZERO, 1000), (d, t, c) -> { }))
                .isInstanceOfSatisfying(TextExtractor.Failed.class, f -> assertThat(f.reason()).isEqualTo(ExtractionFailure.TIMEOUT));
    }

    @Test
    void failures_are_classified_from_the_exception_or_what_it_wraps() {
        assertThat(TextExtractor.classify(new java.io.IOException("x", new RuntimeException("Zip bomb detected! The file would exceed"))))
                .isEqualTo(ExtractionFailure.ZIP_BOMB);
        assertThat(TextExtractor.classify(new org.apache.tika.exception.TikaException("x",
                new org.apache.tika.exception.EncryptedDocumentException("protected")))).isEqualTo(ExtractionFailure.ENCRYPTED);
        assertThat(TextExtractor.classify(new IllegalStateException("bad xref"))).isEqualTo(ExtractionFailure.CORRUPT);
    }
}
