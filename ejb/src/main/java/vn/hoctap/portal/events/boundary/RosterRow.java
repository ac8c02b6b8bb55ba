package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.RsvpStatus;

import java.time.Instant;

/** One registration on the organiser's roster. */
public record RosterRow(long rsvpId, long residentId, String name, String contact, RsvpStatus status,
                        Integer waitlistPlace, Instant registeredAt, Instant checkedInAt) {
}
