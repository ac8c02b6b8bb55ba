package vn.hoctap.portal.events.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.hoctap.portal.events.boundary.WeekReport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WeekReportXlsxTest {

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The figures of the row whose name (second cell) is given, as the workbook stored them (formulas' cached values). */
    private static List<Integer> figures(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && name.equals(cell.getStringCellValue())) {
                List<Integer> figures = new ArrayList<>();
                for (int c = 2; c <= 6; c++) {
                    figures.add((int) row.getCell(c).getNumericCellValue());
                }
                return figures;
            }
        }
        throw new AssertionError(name + " is not in sheet " + sheet.getSheetName());
    }

    private static List<String> column(Sheet sheet, int column) {
        List<String> values = new ArrayList<>();
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING) {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
    }

    @Test
    void has_a_sheet_per_ward_and_a_sheet_per_event_type_in_vietnamese() throws IOException {
        try (Workbook workbook = open(WeekReportXlsx.render(WeekReportFixtures.week()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Theo phường, xã");
            assertThat(workbook.getSheetName(1)).isEqualTo("Theo loại hình");
            Sheet wards = workbook.getSheetAt(0);
            assertThat(wards.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BÁO CÁO KẾT QUẢ TỔ CHỨC TUẦN LỄ HƯỞNG ỨNG HỌC TẬP SUỐT ĐỜI NĂM 2026");
            assertThat(column(wards, 0)).contains("Địa bàn: Quận Long Biên",
                    "Thời gian: từ ngày 01/10/2026 đến ngày 07/10/2026", "Số liệu tính đến 09:30 ngày 08/10/2026",
                    "STT");
            assertThat(column(wards, 1)).containsSubsequence("Phường, xã", "Toàn quận, huyện (sự kiện chung)",
                    "Phường Bồ Đề", "Phường Ngọc Thụy", "Phường Gia Thụy", "Tổng cộng");
            assertThat(column(workbook.getSheetAt(1), 1)).containsSubsequence("Loại hình sự kiện", "Nói chuyện chuyên đề",
                    "Đọc sách", "Triển lãm", "Lớp học mở", "Cuộc thi", "Hội sách", "Ngày hội nghề nghiệp", "Hoạt động khác",
                    "Tổng cộng");
        }
    }

    @Test
    void rows_carry_their_figures_and_the_present_adds_attendance_and_walk_ins() throws IOException {
        try (Workbook workbook = open(WeekReportXlsx.render(WeekReportFixtures.week()))) {
            Sheet wards = workbook.getSheetAt(0);
            assertThat(figures(wards, "Toàn quận, huyện (sự kiện chung)")).containsExactly(2, 40, 30, 25, 55);
            assertThat(figures(wards, "Phường Bồ Đề")).containsExactly(5, 120, 96, 41, 137);
            assertThat(figures(wards, "Phường Gia Thụy")).containsExactly(0, 0, 0, 0, 0);
            assertThat(figures(workbook.getSheetAt(1), "Triển lãm")).containsExactly(1, 0, 0, 16, 16);
        }
    }

    @Test
    void totals_are_live_sums_with_their_values_stored() throws IOException {
        try (Workbook workbook = open(WeekReportXlsx.render(WeekReportFixtures.week()))) {
            for (Sheet sheet : workbook) {
                assertThat(figures(sheet, "Tổng cộng")).as(sheet.getSheetName()).containsExactly(10, 220, 171, 78, 249);
            }
            Row total = totalRow(workbook.getSheetAt(0));
            assertThat(total.getCell(2).getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(total.getCell(2).getCellFormula()).startsWith("SUM(C");
            // someone corrects a figure in Excel: the totals follow
            Row boDe = rowNamed(workbook.getSheetAt(0), "Phường Bồ Đề");
            boDe.getCell(5).setCellValue(51);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertThat(figures(workbook.getSheetAt(0), "Tổng cộng")).containsExactly(10, 220, 171, 88, 259);
        }
    }

    @Test
    void a_report_over_dates_without_events_still_has_both_tables_with_zero_totals() throws IOException {
        WeekReport empty = new WeekReport(null, null, "Huyện Sóc Sơn", LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 4, 22), LocalDateTime.of(2026, 4, 23, 7, 0), List.of(), List.of());
        try (XSSFWorkbook workbook = open(WeekReportXlsx.render(empty))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("BÁO CÁO KẾT QUẢ TỔ CHỨC SỰ KIỆN");
            assertThat(figures(workbook.getSheetAt(0), "Tổng cộng")).containsExactly(0, 0, 0, 0, 0);
            assertThat(workbook.getProperties().getCoreProperties().getTitle()).contains("Huyện Sóc Sơn");
        }
    }

    private static Row totalRow(Sheet sheet) {
        return rowNamed(sheet, "Tổng cộng");
    }

    private static Row rowNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            Cell cell = row.getCell(1);
            if (cell != null && cell.getCellType() == CellType.STRING && name.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError(name);
    }
}
