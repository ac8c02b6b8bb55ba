package vn.hoctap.portal.events.boundary;

import java.util.List;

/** The organiser's list of an event's registrations, with the counts the door needs. */
public record EventRoster(long eventId, String title, Integer capacity, long confirmed, long waitlisted,
                          long checkedIn, int walkIns, List<RosterRow> rows) {
}
