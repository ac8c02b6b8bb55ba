package vn.hoctap.portal.events.boundary;

import vn.hoctap.portal.events.entity.CampaignKind;
import vn.hoctap.portal.events.entity.EventStatus;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.events.entity.OrganiserKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The campaigns and events as the files of {@code content/events/} describe them. Districts,
 * wards, centres and venues are referred to by code, residents by e-mail or phone, an event's
 * campaign by the campaign's code; the importer resolves them and stores what is not yet there.
 */
public record EventContent(List<CampaignEntry> campaigns, List<EventEntry> events) {

    public EventContent {
        campaigns = List.copyOf(campaigns);
        events = List.copyOf(events);
    }

    /** No campaigns and no events: what a content folder without {@code events/} gives. */
    public static EventContent empty() {
        return new EventContent(List.of(), List.of());
    }

    /** A campaign of a district from {@code start} to {@code end}, both days included. */
    public record CampaignEntry(String code, String name, String theme, CampaignKind kind,
                                String districtCode, LocalDate start, LocalDate end) {
    }

    /**
     * An event; exactly one of {@code venueCode} and {@code place} is given. {@code wardCode} null:
     * district-wide; {@code centreCode} null: the district's own; {@code capacity} null: open to
     * all; {@code walkIns} the people counted at the door.
     */
    public record EventEntry(String code, String title, String description, EventType type,
                             OrganiserKind organiserKind, String organiserName, String campaignCode,
                             String districtCode, String wardCode, String centreCode, String venueCode,
                             String place, LocalDateTime start, LocalDateTime end, String audience,
                             Integer capacity, EventStatus status, int walkIns, List<RsvpEntry> rsvps) {

        public EventEntry {
            rsvps = List.copyOf(rsvps);
        }
    }

    /** A resident (e-mail or phone of an account) registered for the event, and whether they came. */
    public record RsvpEntry(String resident, boolean checkedIn) {
    }
}
