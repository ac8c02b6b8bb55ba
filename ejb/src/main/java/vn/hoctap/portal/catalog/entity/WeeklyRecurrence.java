package vn.hoctap.portal.catalog.entity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * "Tuesday and Thursday 19:00–21:00 for 12 weeks from 8 September": the weeks are counted from
 * the first day, so the last possible session is on day {@code weeks × 7 − 1} after it.
 * Expanding it skips holidays and says which dates were skipped and why.
 */
public record WeeklyRecurrence(Set<DayOfWeek> days, LocalTime from, LocalTime to, LocalDate firstDay, int weeks) {

    public static final int MOST_WEEKS = 52;

    /** The sessions a recurrence gives, and the dates it skipped for holidays. */
    public record Expansion(List<TimeSlot> slots, List<SkippedDate> skipped) {
    }

    public record SkippedDate(LocalDate date, String holiday) {
    }

    public WeeklyRecurrence {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        Objects.requireNonNull(firstDay);
        if (days == null || days.isEmpty()) {
            throw new IllegalArgumentException("A weekly recurrence needs at least one weekday");
        }
        days = EnumSet.copyOf(days);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("Sessions must end after they start: " + from + " – " + to);
        }
        if (weeks < 1 || weeks > MOST_WEEKS) {
            throw new IllegalArgumentException("A recurrence runs 1 to " + MOST_WEEKS + " weeks, not " + weeks);
        }
    }

    /** The last day a session can fall on. */
    public LocalDate lastDay() {
        return firstDay.plusDays(weeks * 7L - 1);
    }

    public Expansion expand(HolidayCalendar holidays) {
        List<TimeSlot> slots = new ArrayList<>();
        List<SkippedDate> skipped = new ArrayList<>();
        for (LocalDate date = firstDay; !date.isAfter(lastDay()); date = date.plusDays(1)) {
            if (!days.contains(date.getDayOfWeek())) {
                continue;
            }
            var holiday = holidays.holidayOn(date);
            if (holiday.isPresent()) {
                skipped.add(new SkippedDate(date, holiday.get().name()));
            } else {
                slots.add(TimeSlot.on(date, from, to));
            }
        }
        return new Expansion(List.copyOf(slots), List.copyOf(skipped));
    }
}
