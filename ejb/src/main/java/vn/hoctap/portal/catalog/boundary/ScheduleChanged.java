package vn.hoctap.portal.catalog.boundary;

import vn.hoctap.portal.catalog.entity.ScheduleChange;

import java.time.LocalDateTime;

/**
 * Fired when a session moved or was cancelled, or a whole class was called off. Observed after
 * the commit by features that tell the learners (enrolment mail, calendars).
 */
public record ScheduleChanged(ScheduleChange.Kind kind, long classId, Long sessionId, String classTitle,
                              LocalDateTime oldStart, LocalDateTime newStart, String reason) {
}
