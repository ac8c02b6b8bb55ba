package vn.hoctap.portal.enrolment.control;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.text.Normalizer;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificatePdfTest {

    private static CertificateDocument certificate(String name, Integer birthYear, Integer literacyLevel,
                                                   String code, String url) {
        return new CertificateDocument(name, birthYear, "Xóa mù chữ giai đoạn 2 (tương đương lớp 5)", "XMC2-BD-2026-01",
                "Trung tâm học tập cộng đồng phường Bồ Đề", "phường Bồ Đề", LocalDate.of(2027, 1, 29), literacyLevel,
                code, url, LocalDate.of(2027, 2, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nguyễn Thị Hồng Vân", "Đặng Văn Đức", "Trương Thị Mỹ Phượng", "Vũ Đình Mẫn", "Lò Thị Ửng"})
    void the_learners_name_is_searchable_text_with_every_vietnamese_mark(String name) {
        byte[] pdf = CertificatePdf.render(certificate(name, 1979, 2, "K7QF-2M9X", "https://hoctap.example.vn/verify/K7QF-2M9X"));

        String text = PdfInspection.text(pdf);

        assertThat(text).contains(name)
                .contains("GIẤY CHỨNG NHẬN HOÀN THÀNH KHÓA HỌC")
                .contains("Chứng nhận Ông/Bà:")
                .contains("Mã xác minh: K7QF-2M9X");
    }

    @Test
    void shows_the_course_class_centre_literacy_level_and_the_ward_date_line() {
        byte[] pdf = CertificatePdf.render(certificate("Đặng Văn Đức", 1979, 2, "K7QF-2M9X",
                "https://hoctap.example.vn/verify/K7QF-2M9X"));

        String text = PdfInspection.text(pdf);

        assertThat(text).contains("Đã hoàn thành khóa học: Xóa mù chữ giai đoạn 2 (tương đương lớp 5)")
                .contains("Lớp: XMC2-BD-2026-01 – Ngày hoàn thành: 29/01/2027")
                .contains("TRUNG TÂM HỌC TẬP CỘNG ĐỒNG PHƯỜNG BỒ ĐỀ")
                .contains("Năm sinh: 1979")
                .contains("Đạt trình độ biết chữ mức độ 2")
                .contains("Phường Bồ Đề, ngày 05 tháng 02 năm 2027")
                .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    }

    @Test
    void without_a_literacy_level_or_birth_year_neither_line_is_printed() {
        byte[] pdf = CertificatePdf.render(certificate("Đặng Văn Đức", null, null, "K7QF-2M9X",
                "https://hoctap.example.vn/verify/K7QF-2M9X"));

        assertThat(PdfInspection.text(pdf)).doesNotContain("biết chữ").doesNotContain("Năm sinh");
    }

    @Test
    void a_name_typed_with_combining_marks_is_printed_composed() {
        String composed = "Nguyễn Thị Hồng Vân";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);

        byte[] pdf = CertificatePdf.render(certificate(decomposed, null, null, "AB12", "https://hoctap.example.vn/v/AB12"));

        assertThat(PdfInspection.text(pdf)).contains(composed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hoctap.example.vn/verify/K7QF-2M9X", "http://localhost:8080/chung-nhan/xac-minh?ma=ZZ99-0001"})
    void the_qr_code_decodes_to_the_verify_url(String url) {
        byte[] pdf = CertificatePdf.render(certificate("Đặng Văn Đức", 1979, 1, "K7QF-2M9X", url));

        assertThat(PdfInspection.qrCodeOnFirstPage(pdf)).isEqualTo(url);
    }

    @Test
    void every_font_is_an_embedded_subset_of_liberation_serif() {
        byte[] pdf = CertificatePdf.render(certificate("Trương Thị Mỹ Phượng", 1990, 1, "K7QF-2M9X",
                "https://hoctap.example.vn/verify/K7QF-2M9X"));

        assertThat(PdfInspection.fonts(pdf)).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name()).isTrue();
            assertThat(font.name()).matches("[A-Z]{6}\\+LiberationSerif.*");
        });
        assertThat(pdf.length).as("subsets, not four whole fonts").isLessThan(200_000);
    }

    @Test
    void is_one_a4_landscape_page() {
        byte[] pdf = CertificatePdf.render(certificate("Đặng Văn Đức", 1979, 2, "K7QF-2M9X",
                "https://hoctap.example.vn/verify/K7QF-2M9X"));

        assertThat(PdfInspection.pageCount(pdf)).isEqualTo(1);
        PDRectangle box = PdfInspection.firstPage(pdf).getMediaBox();
        assertThat(box.getWidth()).isEqualTo(PDRectangle.A4.getHeight());
        assertThat(box.getHeight()).isEqualTo(PDRectangle.A4.getWidth());
    }

    @Test
    void the_date_line_pads_days_below_ten_and_the_first_two_months() {
        DocumentLabels labels = DocumentLabels.vietnamese();

        assertThat(CertificatePdf.placeAndDate(labels, "phường Bồ Đề", LocalDate.of(2026, 11, 22)))
                .isEqualTo("Phường Bồ Đề, ngày 22 tháng 11 năm 2026");
        assertThat(CertificatePdf.placeAndDate(labels, "xã Phù Linh", LocalDate.of(2027, 2, 5)))
                .isEqualTo("Xã Phù Linh, ngày 05 tháng 02 năm 2027");
        assertThat(CertificatePdf.placeAndDate(labels, "Ngọc Thụy", LocalDate.of(2027, 3, 9)))
                .isEqualTo("Ngọc Thụy, ngày 09 tháng 3 năm 2027");
    }

    @Test
    void characters_the_font_lacks_become_question_marks_instead_of_failing() {
        assertThat(PdfFonts.printable("Lớp 漢 học\t😀")).isEqualTo("Lớp ? học ?");

        byte[] pdf = CertificatePdf.render(certificate("Đức 漢", null, null, "AB12", "https://hoctap.example.vn/v/AB12"));

        assertThat(PdfInspection.text(pdf)).contains("Đức ?");
    }

    @Test
    void refuses_a_literacy_level_other_than_one_or_two() {
        assertThatThrownBy(() -> certificate("Đặng Văn Đức", null, 3, "AB12", "https://hoctap.example.vn/v/AB12"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
