package vn.hoctap.portal.web.catalog.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.catalog.boundary.CatalogPage;
import vn.hoctap.portal.catalog.boundary.ClassCard;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogPageWriterTest {

    private static final ClassCard WITH_TEACHER = new ClassCard(2666, 1078, "Phòng, chống lừa đảo qua mạng – \"khóa\" mùa xuân",
            "Các thủ đoạn lừa đảo mới\nvà cách bảo vệ thông tin cá nhân \\ <b>", "Phổ biến pháp luật", "Legal awareness",
            "Trung tâm học tập cộng đồng phường Ngọc Thụy", "Phường Ngọc Thụy", "Nhà văn hóa tổ dân phố số 15",
            "Đặng Thu Trang", null, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 12, 2), "|TUESDAY|THURSDAY|",
            LocalTime.of(19, 0), LocalTime.of(21, 0, 30), 15, 0, 150000);
    private static final ClassCard WITH_GUEST = new ClassCard(7, 3, "Xóa mù chữ", null, "Xóa mù chữ giai đoạn 1",
            "Literacy, phase 1", "TTHTCĐ Bồ Đề", "Phường Bồ Đề", "Phòng học 1", null, "Báo cáo viên Lê Văn Ánh",
            LocalDate.of(2026, 9, 8), LocalDate.of(2027, 5, 20), "|SATURDAY|", null, null, 25, 25, 0);

    @Test
    void writes_what_json_b_writes() throws Exception {
        for (CatalogPage page : List.of(new CatalogPage(List.of(WITH_TEACHER, WITH_GUEST), 1353, 2, 20),
                new CatalogPage(List.of(), 0, 0, 20))) {
            try (Jsonb jsonb = JsonbBuilder.create()) {
                assertThat(written(page)).isEqualTo(jsonb.toJson(page));
            }
        }
    }

    @Test
    void writes_utf_8() {
        assertThat(CatalogPageWriter.json(new CatalogPage(List.of(WITH_GUEST), 1, 0, 20)))
                .containsSequence("Báo cáo viên Lê Văn Ánh".getBytes(StandardCharsets.UTF_8));
    }

    private static String written(CatalogPage page) {
        return new String(CatalogPageWriter.json(page), StandardCharsets.UTF_8);
    }
}
