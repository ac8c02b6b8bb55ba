package vn.hoctap.portal.enrolment.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassRecordsPdfTest {

    @Test
    void has_the_class_heading_and_the_three_parts() {
        String text = PdfInspection.text(ClassRecordsPdf.render(ClassRecordsFixtures.literacyClass(6)));

        assertThat(text).contains("HỒ SƠ LỚP HỌC", "Khóa học: Xóa mù chữ giai đoạn 2 (tương đương lớp 5)",
                "Lớp: XMC2-BD-2026-01", "Giáo viên: Hoàng Thị Mai", "Thời gian học: 02/11/2026 – 19/11/2026",
                "I. DANH SÁCH LỚP", "II. ĐIỂM DANH", "III. KẾT QUẢ HỌC TẬP");
        assertThat(text.indexOf("I. DANH SÁCH LỚP")).isLessThan(text.indexOf("II. ĐIỂM DANH"));
        assertThat(text.indexOf("II. ĐIỂM DANH")).isLessThan(text.indexOf("III. KẾT QUẢ HỌC TẬP"));
    }

    @Test
    void every_learner_appears_in_each_part_with_their_diacritics() {
        String text = PdfInspection.text(ClassRecordsPdf.render(ClassRecordsFixtures.literacyClass(6)));

        for (String name : List.of("Đặng Văn Đức", "Trương Thị Mỹ Phượng", "Lò Văn Ửng")) {
            assertThat(occurrences(text, name)).as(name).isEqualTo(3);
        }
        assertThat(text).contains("0912 000 301", "Tổ dân phố số 2", "Chuyển đến từ tỉnh Hà Giang");
    }

    @Test
    void the_attendance_grid_is_headed_by_the_session_dates_and_explains_its_marks() {
        String text = PdfInspection.text(ClassRecordsPdf.render(ClassRecordsFixtures.literacyClass(6)));

        assertThat(text).contains("02/11", "05/11", "09/11", "12/11", "16/11", "19/11")
                .contains("Buổi 1 – 6 (02/11/2026 – 19/11/2026)")
                .contains("Ký hiệu: x – có mặt; v – vắng; để trống – chưa điểm danh.");
        assertThat(lineOf(text, "Đặng Văn Đức", "x")).containsExactly("x", "x", "v", "x", "x", "4", "1");
    }

    @Test
    void a_long_class_gets_one_grid_per_block_of_sessions_and_page_numbers() {
        ClassRecords records = ClassRecordsFixtures.literacyClass(45);
        byte[] pdf = ClassRecordsPdf.render(records);
        String text = PdfInspection.text(pdf);

        assertThat(ClassRecordsPdf.SESSIONS_PER_BLOCK).isEqualTo(19);
        assertThat(text).contains("Buổi 1 – 19 (" + day(records, 0) + " – " + day(records, 18) + ")",
                "Buổi 20 – 38 (" + day(records, 19) + " – " + day(records, 37) + ")",
                "Buổi 39 – 45 (" + day(records, 38) + " – " + day(records, 44) + ")");
        for (LocalDateTime session : records.sessions()) {
            assertThat(text).contains(DateTimeFormatter.ofPattern("dd/MM").format(session));
        }
        int pages = PdfInspection.pageCount(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(text).contains("Trang 1/" + pages, "Trang " + pages + "/" + pages);
    }

    @Test
    void results_show_attendance_over_all_sessions_the_result_and_a_summary() {
        String text = PdfInspection.text(ClassRecordsPdf.render(ClassRecordsFixtures.literacyClass(6)));

        assertThat(String.join(" ", lineOf(text, "Đặng Văn Đức", "Hoàn thành"))).isEqualTo("1975 4/6 Hoàn thành Mức độ 2");
        assertThat(String.join(" ", lineOf(text, "Trương Thị Mỹ Phượng", "Chưa hoàn thành")))
                .isEqualTo("1988 3/6 Chưa hoàn thành Mức độ 1 Chuyển đến từ tỉnh Hà Giang");
        assertThat(text).contains("Hoàn thành: 1/3 học viên; chưa hoàn thành: 1; chưa đánh giá: 1");
    }

    @Test
    void fonts_are_embedded_subsets() {
        byte[] pdf = ClassRecordsPdf.render(ClassRecordsFixtures.literacyClass(6));

        assertThat(PdfInspection.fonts(pdf)).isNotEmpty()
                .allSatisfy(font -> assertThat(font.embedded()).as(font.name()).isTrue());
    }

    @Test
    void many_learners_run_over_pages_with_the_header_repeated() {
        ClassRecords one = ClassRecordsFixtures.literacyClass(4);
        List<ClassRecords.Learner> many = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(new ClassRecords.Learner("Học viên số " + i, 1980, "Tổ dân phố số 3", null,
                    ClassRecordsFixtures.marks("xxxx", 4), ClassRecords.Result.COMPLETED, null, null));
        }
        ClassRecords big = new ClassRecords(one.courseTitle(), one.classCode(), one.centreName(), one.teacherName(),
                one.startDate(), one.endDate(), one.sessions(), many);

        String text = PdfInspection.text(ClassRecordsPdf.render(big));

        assertThat(text).contains("1 Học viên số 1 1980", "60 Học viên số 60 1980");
        assertThat(occurrences(text, "Họ và tên")).isGreaterThan(3);
    }

    @Test
    void attendance_must_have_one_mark_per_session() {
        List<ClassRecords.Learner> learners = List.of(new ClassRecords.Learner("Đặng Văn Đức", 1975, null, null,
                ClassRecordsFixtures.marks("xx", 2), null, null, null));

        assertThatThrownBy(() -> new ClassRecords("Tin học", "TH-01", "TTHTCĐ phường Bồ Đề", null,
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 30), ClassRecordsFixtures.sessions(3), learners))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Đặng Văn Đức");
    }

    private static String day(ClassRecords records, int session) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(records.sessions().get(session));
    }

    private static int occurrences(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** The first extracted line that holds the name and the word, split at spaces. */
    private static List<String> lineOf(String text, String name, String word) {
        return text.lines().filter(line -> line.contains(name) && line.substring(line.indexOf(name) + name.length()).contains(word))
                .findFirst().map(line -> List.of(line.substring(line.indexOf(name) + name.length()).trim().split(" +")))
                .orElseThrow(() -> new AssertionError("no line with " + name + " and " + word + " in:\n" + text));
    }
}
