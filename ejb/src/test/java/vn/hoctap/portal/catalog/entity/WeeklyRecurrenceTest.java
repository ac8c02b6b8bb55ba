package vn.hoctap.portal.catalog.entity;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyRecurrenceTest {

    private static final LocalTime SEVEN_PM = LocalTime.of(19, 0);
    private static final LocalTime NINE_PM = LocalTime.of(21, 0);

    private static final HolidayCalendar TET_2027 = new HolidayCalendar(List.of(
            new HolidayCalendar.Holiday(LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 11), "Tết Nguyên Đán")));

    @Test
    void twelve_weeks_of_tuesdays_and_thursdays_give_twenty_four_evening_sessions() {
        // Tuesday 8 September 2026
        var recurrence = new WeeklyRecurrence(Set.of(TUESDAY, THURSDAY), SEVEN_PM, NINE_PM, LocalDate.of(2026, 9, 8), 12);

        var expansion = recurrence.expand(HolidayCalendar.NONE);

        assertThat(expansion.slots()).hasSize(24);
        assertThat(expansion.slots().get(0)).isEqualTo(TimeSlot.on(LocalDate.of(2026, 9, 8), SEVEN_PM, NINE_PM));
        assertThat(expansion.slots().get(1).date()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(expansion.slots().get(23).date()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(expansion.slots()).allSatisfy(slot -> {
            assertThat(slot.start().toLocalTime()).isEqualTo(SEVEN_PM);
            assertThat(slot.end().toLocalTime()).isEqualTo(NINE_PM);
            assertThat(slot.date().getDayOfWeek()).isIn(TUESDAY, THURSDAY);
        });
        assertThat(expansion.skipped()).isEmpty();
    }

    @Test
    void holidays_are_skipped_and_reported_by_name() {
        // from Tuesday 19 January 2027, through Tết (3–11 February)
        var recurrence = new WeeklyRecurrence(Set.of(TUESDAY, THURSDAY), SEVEN_PM, NINE_PM, LocalDate.of(2027, 1, 19), 4);

        var expansion = recurrence.expand(TET_2027);

        assertThat(expansion.skipped()).extracting(WeeklyRecurrence.SkippedDate::date).containsExactly(
                LocalDate.of(2027, 2, 4), LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 11));
        assertThat(expansion.skipped()).allSatisfy(s -> assertThat(s.holiday()).isEqualTo("Tết Nguyên Đán"));
        assertThat(expansion.slots()).hasSize(8 - 3)
                .noneSatisfy(slot -> assertThat(TET_2027.isHoliday(slot.date())).isTrue());
    }

    @Test
    void the_first_day_counts_even_when_it_is_not_a_class_day_and_the_last_day_is_inclusive() {
        // Wednesday 2 September 2026, one week: Wednesday to Tuesday 8 September
        var recurrence = new WeeklyRecurrence(Set.of(TUESDAY, THURSDAY), SEVEN_PM, NINE_PM, LocalDate.of(2026, 9, 2), 1);

        assertThat(recurrence.lastDay()).isEqualTo(LocalDate.of(2026, 9, 8));
        assertThat(recurrence.expand(HolidayCalendar.NONE).slots()).extracting(TimeSlot::date)
                .containsExactly(LocalDate.of(2026, 9, 3), LocalDate.of(2026, 9, 8));
    }

    @Test
    void a_single_talk_is_one_week_on_one_day() {
        var talk = new WeeklyRecurrence(Set.of(SATURDAY), LocalTime.of(8, 0), LocalTime.of(10, 30), LocalDate.of(2026, 10, 3), 1);

        assertThat(talk.expand(HolidayCalendar.NONE).slots())
                .containsExactly(TimeSlot.on(LocalDate.of(2026, 10, 3), LocalTime.of(8, 0), LocalTime.of(10, 30)));
    }

    @Test
    void a_recurrence_across_the_new_year_keeps_its_weekdays() {
        var recurrence = new WeeklyRecurrence(Set.of(DayOfWeek.FRIDAY), SEVEN_PM, NINE_PM, LocalDate.of(2026, 12, 25), 2);
        var newYear = new HolidayCalendar(List.of(new HolidayCalendar.Holiday(
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), "Tết Dương lịch")));

        var expansion = recurrence.expand(newYear);

        assertThat(expansion.slots()).extracting(TimeSlot::date).containsExactly(LocalDate.of(2026, 12, 25));
        assertThat(expansion.skipped()).extracting(WeeklyRecurrence.SkippedDate::date).containsExactly(LocalDate.of(2027, 1, 1));
    }

    @Test
    void local_times_stay_as_written_all_year_since_vietnam_has_no_daylight_saving() {
        var recurrence = new WeeklyRecurrence(Set.of(TUESDAY), SEVEN_PM, NINE_PM, LocalDate.of(2026, 3, 3), 40);
        var zone = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

        assertThat(recurrence.expand(HolidayCalendar.NONE).slots()).hasSize(40).allSatisfy(slot ->
                assertThat(slot.start().atZone(zone).getOffset()).isEqualTo(java.time.ZoneOffset.ofHours(7)));
    }

    @Test
    void impossible_recurrences_are_refused() {
        LocalDate day = LocalDate.of(2026, 9, 8);
        assertThatThrownBy(() -> new WeeklyRecurrence(Set.of(), SEVEN_PM, NINE_PM, day, 12))
                .hasMessageContaining("weekday");
        assertThatThrownBy(() -> new WeeklyRecurrence(Set.of(TUESDAY), NINE_PM, SEVEN_PM, day, 12))
                .hasMessageContaining("end after");
        assertThatThrownBy(() -> new WeeklyRecurrence(Set.of(TUESDAY), SEVEN_PM, SEVEN_PM, day, 12))
                .hasMessageContaining("end after");
        assertThatThrownBy(() -> new WeeklyRecurrence(Set.of(TUESDAY), SEVEN_PM, NINE_PM, day, 0))
                .hasMessageContaining("1 to 52");
        assertThatThrownBy(() -> new WeeklyRecurrence(Set.of(TUESDAY), SEVEN_PM, NINE_PM, day, 53))
                .hasMessageContaining("1 to 52");
    }

    @Test
    void a_recurrence_entirely_within_a_holiday_has_no_sessions() {
        var recurrence = new WeeklyRecurrence(Set.of(TUESDAY, THURSDAY), SEVEN_PM, NINE_PM, LocalDate.of(2027, 2, 3), 1);

        var expansion = recurrence.expand(TET_2027);

        assertThat(expansion.slots()).isEmpty();
        assertThat(expansion.skipped()).hasSize(2);
    }
}
