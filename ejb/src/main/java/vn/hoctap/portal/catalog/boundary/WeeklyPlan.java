package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * "Tuesday and Thursday 19:00–21:00 for 12 weeks from 8 September", and whether the manager
 * accepts sharing the venue with classes already booked there.
 */
public record WeeklyPlan(
        @NotEmpty(message = "{schedule.days.required}") Set<DayOfWeek> days,
        @NotNull(message = "{schedule.from.required}") LocalTime from,
        @NotNull(message = "{schedule.to.required}") LocalTime to,
        @NotNull(message = "{schedule.firstDay.required}") LocalDate firstDay,
        @Min(value = 1, message = "{schedule.weeks.range}") @Max(value = 52, message = "{schedule.weeks.range}") int weeks,
        boolean acceptVenueSharing) {
}
