package vn.hoctap.portal.catalog.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A class as its manager plans it: its course, teacher, venue, dates and every session. */
public record ManagedClass(long id, String code, long courseId, String courseTitle, long centreId, String centre,
                           String teacher, String venue, int venueCapacity, int capacity, LocalDate startDate,
                           LocalDate endDate, boolean cancelled, List<Session> sessions) implements Serializable {

    public record Session(long id, LocalDateTime start, LocalDateTime end, boolean venueShared, boolean cancelled)
            implements Serializable {
    }
}
