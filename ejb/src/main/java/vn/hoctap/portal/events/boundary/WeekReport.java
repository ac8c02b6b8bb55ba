package vn.hoctap.portal.events.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The figures of a campaign's week — or of any dates in a district — for the report to the
 * district: per ward (the district-wide events, held for no ward in particular, as a row of their
 * own) and per event type. Every figure counts the events <em>held</em>: scheduled, not cancelled,
 * started before the report was made. Each event lies in exactly one ward row and one type row, so
 * both tables add up to the same {@link #total()}.
 *
 * @param campaignId   the campaign reported on; null for a report over dates
 * @param campaignName its name; null for a report over dates
 * @param districtName the district's name ("Quận Long Biên")
 * @param from         first day of the period (the campaign's start date)
 * @param to           last day of the period, included
 * @param generatedAt  when the figures were read, Vietnam local time
 * @param wards        every ward of the district, the district-wide row first
 * @param types        every event type, in the order of {@code EventType}
 */
public record WeekReport(Long campaignId, String campaignName, String districtName, LocalDate from, LocalDate to,
                         LocalDateTime generatedAt, List<WardRow> wards, List<TypeRow> types) {

    public WeekReport {
        Objects.requireNonNull(districtName, "districtName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(generatedAt, "generatedAt");
        wards = List.copyOf(wards);
        types = List.copyOf(types);
    }

    /**
     * What happened: events held, registrations (RSVPs not cancelled, waitlisted included),
     * attendance (registered people checked in at the door) and walk-ins (people counted at the
     * door who had not registered).
     */
    public record Figures(int eventsHeld, int registrations, int attendance, int walkIns) {

        public static final Figures NONE = new Figures(0, 0, 0, 0);

        public Figures {
            if (eventsHeld < 0 || registrations < 0 || attendance < 0 || walkIns < 0) {
                throw new IllegalArgumentException("figures are never negative");
            }
        }

        /** Everyone who was there: the registered people checked in and the walk-ins. */
        public int present() {
            return attendance + walkIns;
        }

        public Figures plus(Figures other) {
            return new Figures(eventsHeld + other.eventsHeld, registrations + other.registrations,
                    attendance + other.attendance, walkIns + other.walkIns);
        }

        /** Registered people who came, in percent of the registrations (one decimal); null without registrations. */
        public Double turnoutPercent() {
            return registrations == 0 ? null : Math.round(attendance * 1000.0 / registrations) / 10.0;
        }
    }

    /**
     * A ward's line.
     *
     * @param wardCode null for the district-wide events
     * @param wardName null for the district-wide events
     */
    public record WardRow(String wardCode, String wardName, Figures figures) {

        public WardRow {
            Objects.requireNonNull(figures, "figures");
        }

        public boolean districtWide() {
            return wardCode == null;
        }
    }

    /** An event type's line; {@code type} is the name of an {@code EventType} constant. */
    public record TypeRow(String type, Figures figures) {

        public TypeRow {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(figures, "figures");
        }
    }

    /** The whole district: the sum of the ward rows (which is also the sum of the type rows). */
    public Figures total() {
        return wards.stream().map(WardRow::figures).reduce(Figures.NONE, Figures::plus);
    }

    public boolean isCampaign() {
        return campaignId != null;
    }
}
