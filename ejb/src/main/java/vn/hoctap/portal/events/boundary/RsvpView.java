package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.EventStatus;
import vn.hoctap.portal.events.entity.RsvpStatus;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A registration as its resident sees it: the event, the status, the place in the waitlist
 * ({@code waitlistPlace}, null unless waitlisted), and whether this request made it.
 */
public record RsvpView(long id, long eventId, String eventTitle, LocalDateTime startsAt, LocalDateTime endsAt,
                       String placeLabel, EventStatus eventStatus, RsvpStatus status, Integer waitlistPlace,
                       Instant checkedInAt, boolean created) {
}
