package vn.hoctap.portal.events.control;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.events.boundary.WeekReport;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeekReportPdfTest {

    /** The document's text, every run of white space (lines wrapped in a cell or a title) as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void the_report_reads_in_vietnamese_with_its_heading_wards_types_and_totals() throws IOException {
        byte[] pdf = WeekReportPdf.render(WeekReportFixtures.week());
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("QUẬN LONG BIÊN",
                "BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2026",
                "Thời gian: từ ngày 01/10/2026 đến ngày 07/10/2026",
                "I. KẾT QUẢ THEO PHƯỜNG, XÃ", "II. KẾT QUẢ THEO LOẠI HÌNH SỰ KIỆN",
                "Toàn quận, huyện (sự kiện chung)", "Phường Bồ Đề", "Phường Ngọc Thụy", "Phường Gia Thụy",
                "Nói chuyện chuyên đề", "Ngày hội nghề nghiệp", "Tham dự không đăng ký", "Trang 1/");
        assertThat(text).contains("Phường Bồ Đề 5 120 96 41 137");
        assertThat(text).containsPattern("Tổng cộng 10 220 171 78 249 .* Tổng cộng 10 220 171 78 249");
    }

    @Test
    void every_font_is_embedded_so_the_diacritics_print_anywhere() throws IOException {
        List<String> notEmbedded = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(WeekReportPdf.render(WeekReportFixtures.week()))) {
            assertThat(document.getDocumentInformation().getTitle())
                    .isEqualTo("Báo cáo kết quả tổ chức sự kiện – " + WeekReportFixtures.CAMPAIGN);
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
        }
        assertThat(notEmbedded).isEmpty();
    }

    @Test
    void a_long_ward_list_runs_over_pages_with_the_totals_at_the_end() throws IOException {
        List<WeekReport.WardRow> wards = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            wards.add(new WeekReport.WardRow("W" + i, "Xã Thượng Đức Hưng Yên số " + i, new WeekReport.Figures(1, 2, 1, 1)));
        }
        WeekReport big = new WeekReport(null, null, "Huyện Sóc Sơn", LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 22),
                LocalDateTime.of(2026, 4, 23, 7, 0), wards, List.of(new WeekReport.TypeRow("TALK", new WeekReport.Figures(60, 120, 60, 60))));
        String text = text(WeekReportPdf.render(big));
        assertThat(text).contains("BÁO CÁO KẾT QUẢ TỔ CHỨC SỰ KIỆN", "Xã Thượng Đức Hưng Yên số 60", "Trang 2/");
        assertThat(text).contains("Tổng cộng 60 120 60 60 120");
    }
}
