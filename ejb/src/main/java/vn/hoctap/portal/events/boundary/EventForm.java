package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.events.entity.OrganiserKind;

import java.time.LocalDateTime;

/**
 * An event as its organiser writes it. {@code centreId} set: a centre's event (its manager, or an
 * administrator above it), in the centre's ward unless another ward of the district is named;
 * {@code centreId} null: a district event of the administrators ({@code districtCode} required,
 * {@code wardCode} null for district-wide). Exactly one of {@code venueId} and {@code place}.
 * {@code capacity} null: open to all, no registration limit.
 */
public record EventForm(String title, String description, EventType type, OrganiserKind organiserKind,
                        String organiserName, Long centreId, String districtCode, String wardCode, Long venueId,
                        String place, LocalDateTime startsAt, LocalDateTime endsAt, String audience, Integer capacity,
                        Long campaignId) {
}
