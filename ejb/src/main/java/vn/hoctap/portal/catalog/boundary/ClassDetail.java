package vn.hoctap.portal.catalog.boundary;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A class's public page: the course, where, who, for whom (with the titles of the courses to
 * complete first), and every session.
 */
public record ClassDetail(ClassCard card, String description, String programmeCode, Integer minAge, Integer maxAge,
                          Set<String> audienceGroups, String level, String prerequisites, List<String> requiredCourses,
                          String venueAddress,
                          boolean cancelled, List<Session> sessions) {

    public record Session(long id, LocalDateTime start, LocalDateTime end, boolean cancelled) {
    }
}
