package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.EventType;

import java.time.LocalDate;

/**
 * What the public calendar of events filters on; every criterion may be null. The ward matches
 * its own events and the district-wide ones of its district. Cancelled events are shown (marked)
 * unless {@code scheduledOnly}. Pages count from 0.
 */
public record EventQuery(String districtCode, String wardCode, Long centreId, Long campaignId, EventType type,
                         LocalDate from, LocalDate to, String text, boolean scheduledOnly, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public EventQuery {
        page = Math.max(0, page);
        size = size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Everything from a day on, first page. */
    public static EventQuery from(LocalDate day) {
        return new EventQuery(null, null, null, null, null, day, null, null, false, 0, DEFAULT_SIZE);
    }
}
