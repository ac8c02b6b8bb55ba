package vn.hoctap.portal.catalog.entity;

import java.time.LocalTime;

/** When a class starts: morning before noon, afternoon until five, evening after. */
public enum TimeOfDay {
    MORNING(LocalTime.MIN, LocalTime.NOON),
    AFTERNOON(LocalTime.NOON, LocalTime.of(17, 0)),
    EVENING(LocalTime.of(17, 0), LocalTime.MAX);

    private final LocalTime from;
    private final LocalTime until;

    TimeOfDay(LocalTime from, LocalTime until) {
        this.from = from;
        this.until = until;
    }

    /** First start time of this part of the day (included). */
    public LocalTime from() {
        return from;
    }

    /** First start time past this part of the day (excluded); the evening runs to midnight. */
    public LocalTime until() {
        return until;
    }

    public static TimeOfDay of(LocalTime start) {
        for (TimeOfDay part : values()) {
            if (!start.isBefore(part.from) && (start.isBefore(part.until) || part == EVENING)) {
                return part;
            }
        }
        throw new IllegalStateException("unreachable: " + start);
    }
}
