package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.EventStatus;
import vn.hoctap.portal.events.entity.EventType;

import java.time.LocalDateTime;

/**
 * An event in a list: when, where, and how many seats are left ({@code capacity} and
 * {@code seatsLeft} null: open to all).
 */
public record EventCard(long id, String title, EventType type, LocalDateTime start, LocalDateTime end,
                        String placeLabel, String wardName, String centreName, Integer capacity, Integer seatsLeft,
                        EventStatus status, Long campaignId, String campaignName) {

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    public boolean full() {
        return seatsLeft != null && seatsLeft == 0;
    }
}
