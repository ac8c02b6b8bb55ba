package vn.hoctap.portal.events.boundary;

import org.junit.jupiter.api.Test;
import vn.hoctap.portal.events.boundary.WeekReport.Figures;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeekReportTest {

    @Test
    void present_counts_the_registered_people_checked_in_and_the_walk_ins() {
        Figures figures = new Figures(3, 60, 45, 12);
        assertThat(figures.present()).isEqualTo(57);
        assertThat(figures.turnoutPercent()).isEqualTo(75.0);
        assertThat(new Figures(1, 0, 0, 16).turnoutPercent()).as("no registrations").isNull();
        assertThat(new Figures(1, 3, 2, 0).turnoutPercent()).isEqualTo(66.7);
    }

    @Test
    void the_total_adds_up_the_wards_the_district_wide_events_included() {
        WeekReport report = new WeekReport(1L, "Tuần lễ", "Quận Long Biên", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 7), LocalDateTime.of(2026, 10, 8, 8, 0),
                List.of(new WeekReport.WardRow(null, null, new Figures(1, 10, 8, 5)),
                        new WeekReport.WardRow("HN-LB-BD", "Phường Bồ Đề", new Figures(2, 30, 20, 3))),
                List.of(new WeekReport.TypeRow("TALK", new Figures(3, 40, 28, 8))));
        assertThat(report.total()).isEqualTo(new Figures(3, 40, 28, 8));
        assertThat(report.total().present()).isEqualTo(36);
        assertThat(report.wards().get(0).districtWide()).isTrue();
        assertThat(report.isCampaign()).isTrue();
    }

    @Test
    void figures_are_never_negative() {
        assertThatThrownBy(() -> new Figures(0, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
