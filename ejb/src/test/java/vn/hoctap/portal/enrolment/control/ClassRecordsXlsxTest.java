package vn.hoctap.portal.enrolment.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassRecordsXlsxTest {

    private static Workbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each cell of the row as Excel shows it, formulas evaluated. */
    private static List<String> shown(Workbook workbook, Row row) {
        DataFormatter formatter = new DataFormatter();
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
        }
        return cells;
    }

    /** The row whose second cell is the learner's name (the name column of every table). */
    private static Row rowOf(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && name.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(name + " is not in sheet " + sheet.getSheetName());
    }

    private static Row rowStartingWith(Sheet sheet, String first) {
        for (Row row : sheet) {
            Cell cell = row.getCell(0);
            if (cell != null && cell.getCellType() == CellType.STRING && first.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row starts with " + first + " in " + sheet.getSheetName());
    }

    @Test
    void has_the_roster_the_attendance_and_the_results_as_three_vietnamese_sheets() {
        try (Workbook workbook = open(ClassRecordsXlsx.render(ClassRecordsFixtures.literacyClass(6)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Danh sách lớp", "Điểm danh", "Kết quả");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void the_roster_lists_each_learner_with_birth_year_group_and_phone_as_text() throws IOException {
        try (Workbook workbook = open(ClassRecordsXlsx.render(ClassRecordsFixtures.literacyClass(6)))) {
            Sheet roster = workbook.getSheet("Danh sách lớp");

            assertThat(shown(workbook, rowStartingWith(roster, "STT")))
                    .containsExactly("STT", "Họ và tên", "Năm sinh", "Tổ dân phố/thôn", "Số điện thoại", "Ghi chú");
            assertThat(shown(workbook, rowOf(roster, "Đặng Văn Đức")))
                    .containsExactly("1", "Đặng Văn Đức", "1975", "Tổ dân phố số 2", "0912 000 301", "");
            assertThat(shown(workbook, rowOf(roster, "Lò Văn Ửng")))
                    .containsExactly("3", "Lò Văn Ửng", "", "", "0987 654 321", "Người khuyết tật, cần chỗ ngồi gần bảng");
            assertThat(rowOf(roster, "Đặng Văn Đức").getCell(2).getNumericCellValue()).isEqualTo(1975);
            assertThat(roster.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Khóa học: Xóa mù chữ giai đoạn 2 (tương đương lớp 5)");
        }
    }

    @Test
    void attendance_has_a_dated_column_per_session_x_for_present_v_for_absent_and_live_totals() throws IOException {
        ClassRecords records = ClassRecordsFixtures.literacyClass(6);
        try (Workbook workbook = open(ClassRecordsXlsx.render(records))) {
            Sheet attendance = workbook.getSheet("Điểm danh");
            Row numbers = rowStartingWith(attendance, "STT");
            Row dates = attendance.getRow(numbers.getRowNum() + 1);

            assertThat(shown(workbook, numbers)).containsExactly("STT", "Họ và tên",
                    "Buổi 1", "Buổi 2", "Buổi 3", "Buổi 4", "Buổi 5", "Buổi 6", "Có mặt", "Vắng");
            assertThat(dates.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 2));
            assertThat(dates.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 11, 5));
            assertThat(shown(workbook, dates).subList(2, 8))
                    .containsExactly("02/11/2026", "05/11/2026", "09/11/2026", "12/11/2026", "16/11/2026", "19/11/2026");

            assertThat(shown(workbook, rowOf(attendance, "Đặng Văn Đức")))
                    .containsExactly("1", "Đặng Văn Đức", "x", "x", "v", "x", "x", "", "4", "1");
            assertThat(shown(workbook, rowOf(attendance, "Lò Văn Ửng")))
                    .containsExactly("3", "Lò Văn Ửng", "v", "x", "", "", "", "", "1", "1");
            assertThat(rowOf(attendance, "Lò Văn Ửng").getCell(8).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(shown(workbook, rowStartingWith(attendance, "STT")).size()).isEqualTo(10);
        }
    }

    @Test
    void attendance_explains_its_marks() throws IOException {
        try (Workbook workbook = open(ClassRecordsXlsx.render(ClassRecordsFixtures.literacyClass(3)))) {
            Sheet attendance = workbook.getSheet("Điểm danh");
            List<String> texts = new ArrayList<>();
            attendance.forEach(row -> row.forEach(cell -> {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }));

            assertThat(texts).contains("Ký hiệu: x – có mặt; v – vắng; để trống – chưa điểm danh.");
        }
    }

    @Test
    void results_show_sessions_attended_the_result_and_the_literacy_level() throws IOException {
        try (Workbook workbook = open(ClassRecordsXlsx.render(ClassRecordsFixtures.literacyClass(6)))) {
            Sheet results = workbook.getSheet("Kết quả");

            assertThat(shown(workbook, rowOf(results, "Đặng Văn Đức")))
                    .containsExactly("1", "Đặng Văn Đức", "1975", "4", "Hoàn thành", "Mức độ 2", "");
            assertThat(shown(workbook, rowOf(results, "Trương Thị Mỹ Phượng")))
                    .containsExactly("2", "Trương Thị Mỹ Phượng", "1988", "3", "Chưa hoàn thành", "Mức độ 1",
                            "Chuyển đến từ tỉnh Hà Giang");
            assertThat(shown(workbook, rowOf(results, "Lò Văn Ửng")))
                    .containsExactly("3", "Lò Văn Ửng", "", "1", "", "", "Người khuyết tật, cần chỗ ngồi gần bảng");
            assertThat(shown(workbook, rowOf(results, "Hoàn thành: 1/3 học viên; chưa hoàn thành: 1; chưa đánh giá: 1")))
                    .isNotEmpty();
        }
    }

    @Test
    void a_class_without_sessions_or_learners_still_has_its_three_sheets() throws IOException {
        ClassRecords empty = new ClassRecords("Kỹ năng số cho người cao tuổi", "KNS-BD-01",
                "Trung tâm học tập cộng đồng phường Bồ Đề", null, LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 20),
                List.of(), List.of());
        try (Workbook workbook = open(ClassRecordsXlsx.render(empty))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(shown(workbook, rowStartingWith(workbook.getSheet("Điểm danh"), "STT")))
                    .containsExactly("STT", "Họ và tên", "Có mặt", "Vắng");
        }
    }
}
