package vn.hoctap.portal.events.control;

import vn.hoctap.portal.events.boundary.WeekReport;
import vn.hoctap.portal.events.boundary.WeekReport.Figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A Lifelong Learning Week in Quận Long Biên whose figures are easy to add up by hand. */
final class WeekReportFixtures {

    static final String CAMPAIGN = "Tuần lễ hưởng ứng học tập suốt đời năm 2026";

    private WeekReportFixtures() {
    }

    /**
     * Wards: district-wide 2 events (40 registered, 30 came, 25 walk-ins), Bồ Đề 5 (120, 96, 41),
     * Ngọc Thụy 3 (60, 45, 12), Gia Thụy none. Total 10 events, 220 registered, 171 came, 78 walk-ins, 249 present.
     */
    static WeekReport week() {
        return new WeekReport(7L, CAMPAIGN, "Quận Long Biên", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7),
                LocalDateTime.of(2026, 10, 8, 9, 30),
                List.of(new WeekReport.WardRow(null, null, new Figures(2, 40, 30, 25)),
                        new WeekReport.WardRow("HN-LB-BD", "Phường Bồ Đề", new Figures(5, 120, 96, 41)),
                        new WeekReport.WardRow("HN-LB-NT", "Phường Ngọc Thụy", new Figures(3, 60, 45, 12)),
                        new WeekReport.WardRow("HN-LB-GT", "Phường Gia Thụy", Figures.NONE)),
                List.of(new WeekReport.TypeRow("TALK", new Figures(4, 100, 80, 20)),
                        new WeekReport.TypeRow("READING_SESSION", new Figures(3, 70, 51, 30)),
                        new WeekReport.TypeRow("EXHIBITION", new Figures(1, 0, 0, 16)),
                        new WeekReport.TypeRow("OPEN_CLASS", new Figures(1, 30, 25, 2)),
                        new WeekReport.TypeRow("CONTEST", Figures.NONE),
                        new WeekReport.TypeRow("BOOK_FAIR", new Figures(1, 20, 15, 10)),
                        new WeekReport.TypeRow("CAREER_DAY", Figures.NONE),
                        new WeekReport.TypeRow("OTHER", Figures.NONE)));
    }
}
