package vn.hoctap.portal.web.catalog;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.catalog.entity.Clash;
import vn.hoctap.portal.catalog.entity.TimeSlot;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ClashTextsTest {

    private static Clash clash(Clash.Kind kind, String other, int day) {
        var slot = new TimeSlot(LocalDateTime.of(2027, 1, day, 19, 0), LocalDateTime.of(2027, 1, day, 21, 0));
        return new Clash(kind, slot, other, slot);
    }

    @Test
    void a_long_plan_gives_one_line_per_other_class_with_every_date_and_teacher_clashes_first() {
        var lines = ClashTexts.grouped(List.of(
                clash(Clash.Kind.VENUE, "Xóa mù chữ (BD-XMC1)", 5),
                clash(Clash.Kind.VENUE, "Xóa mù chữ (BD-XMC1)", 7),
                clash(Clash.Kind.TEACHER, "Tin học (BD-TH)", 7)), Locale.forLanguageTag("vi"));

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).getKey()).isEqualTo(Clash.Kind.TEACHER);
        assertThat(lines.get(0).getValue()).isEqualTo("Giáo viên đã dạy lớp Tin học (BD-TH) ở 1 buổi: 07/01/2027 19:00–21:00.");
        assertThat(lines.get(1).getValue())
                .isEqualTo("Trùng phòng với lớp Xóa mù chữ (BD-XMC1) ở 2 buổi: 05/01/2027 19:00–21:00, 07/01/2027 19:00–21:00.");
    }

    @Test
    void english_visitors_read_english() {
        var lines = ClashTexts.grouped(List.of(clash(Clash.Kind.VENUE, "Literacy (BD-XMC1)", 5)), Locale.ENGLISH);

        assertThat(lines.get(0).getValue()).startsWith("The venue is taken by class Literacy (BD-XMC1) at 1 sessions");
    }
}
