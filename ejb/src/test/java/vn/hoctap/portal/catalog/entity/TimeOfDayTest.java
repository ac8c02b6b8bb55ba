package vn.hoctap.portal.catalog.entity;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOfDayTest {

    @Test
    void the_day_splits_at_noon_and_at_five() {
        assertThat(TimeOfDay.of(LocalTime.of(6, 30))).isEqualTo(TimeOfDay.MORNING);
        assertThat(TimeOfDay.of(LocalTime.of(11, 59))).isEqualTo(TimeOfDay.MORNING);
        assertThat(TimeOfDay.of(LocalTime.NOON)).isEqualTo(TimeOfDay.AFTERNOON);
        assertThat(TimeOfDay.of(LocalTime.of(16, 59))).isEqualTo(TimeOfDay.AFTERNOON);
        assertThat(TimeOfDay.of(LocalTime.of(17, 0))).isEqualTo(TimeOfDay.EVENING);
        assertThat(TimeOfDay.of(LocalTime.of(23, 59))).isEqualTo(TimeOfDay.EVENING);
    }

    @Test
    void a_class_remembers_the_weekdays_and_earliest_times_of_its_sessions() {
        var offering = new ClassOffering("BD-XMC1-A", CatalogFixtures.literacyCourse(), CatalogFixtures.TEACHER_BO_DE, null,
                CatalogFixtures.ROOM_1, 20, LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 30));
        var tuesday = TimeSlot.on(LocalDate.of(2026, 9, 8), LocalTime.of(19, 0), LocalTime.of(21, 0));
        var thursday = TimeSlot.on(LocalDate.of(2026, 9, 10), LocalTime.of(18, 30), LocalTime.of(20, 0));

        offering.followsPattern(List.of(tuesday, thursday));

        assertThat(offering.weekdays()).containsExactly(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(offering.usualStart()).isEqualTo(LocalTime.of(18, 30));
        assertThat(offering.usualEnd()).isEqualTo(LocalTime.of(20, 0));
        assertThat(ClassOffering.patternOf(DayOfWeek.TUESDAY)).isEqualTo("|TUESDAY|");
    }
}
