package vn.hoctap.portal.catalog.boundary;

import java.time.LocalDateTime;

/** A session in a centre's calendar: which class, where, who teaches, when, and its state. */
public record CalendarEntry(long sessionId, long classId, String title, String venue, String teacher,
                            LocalDateTime start, LocalDateTime end, boolean venueShared, boolean cancelled) {
}
