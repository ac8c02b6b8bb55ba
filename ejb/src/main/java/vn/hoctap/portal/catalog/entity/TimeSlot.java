package vn.hoctap.portal.catalog.entity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;

/** A stretch of local time in Asia/Ho_Chi_Minh: starts before it ends, on one day. */
public record TimeSlot(LocalDateTime start, LocalDateTime end) {

    public TimeSlot {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A time slot ends after it starts: " + start + " – " + end);
        }
    }

    public static TimeSlot on(LocalDate date, LocalTime from, LocalTime to) {
        return new TimeSlot(date.atTime(from), date.atTime(to));
    }

    /** True when the two share some time; one ending exactly when the other starts is no overlap. */
    public boolean overlaps(TimeSlot other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    public LocalDate date() {
        return start.toLocalDate();
    }
}
