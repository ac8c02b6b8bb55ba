package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.OrganiserKind;

/**
 * An event's page: its card, what it is about, who organises it, for whom, its calendar identity,
 * the registrations so far, and whether the caller may manage it.
 */
public record EventDetail(EventCard card, String description, OrganiserKind organiserKind, String organiserName,
                          String audience, String uid, int sequence, String districtCode, String districtName,
                          String wardCode, Long centreId, Long venueId, String place, int walkIns, long confirmed,
                          long waitlisted, boolean mayManage) {
}
