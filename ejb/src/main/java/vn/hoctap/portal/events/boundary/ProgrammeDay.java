package vn.hoctap.portal.events.boundary;

import java.time.LocalDate;
import java.util.List;

/** One day of a campaign's programme with its events in order of time. */
public record ProgrammeDay(LocalDate day, List<EventCard> events) {
}
