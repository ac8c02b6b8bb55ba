package vn.hoctap.portal.catalog.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What scheduling stored: the new sessions, and the dates skipped for holidays. */
public record ScheduleResult(long classId, List<Session> sessions, List<Skipped> skipped) {

    public record Session(long id, LocalDateTime start, LocalDateTime end, boolean venueShared) {
    }

    public record Skipped(LocalDate date, String holiday) {
    }
}
