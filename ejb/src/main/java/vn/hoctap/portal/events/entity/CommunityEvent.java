package vn.hoctap.portal.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.UnitLevel;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A community event: a talk, a reading session, an exhibition… organised by a centre, a school, a
 * library or an association, in a ward (or district-wide), at a venue or a place described in
 * words, between two moments of Vietnam local time. Calendars know it by its {@link #uid()}, which
 * never changes, and see every change through {@link #sequence()}, which grows with each one.
 * With a capacity, residents' registrations hold seats counted in the event's {@code event_seats}
 * row (the enrolment's seat machinery); without one, the event is open to all.
 */
@Entity
@Table(name = "community_event")
public class CommunityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The content's code (events loaded from content/ carry one); null for events made in the portal. */
    @Column(length = 40)
    private String code;

    /** The iCalendar UID: made once, never changed. */
    @Column(nullable = false, length = 100, updatable = false)
    private String uid;

    /** The iCalendar SEQUENCE: grows on every change that calendars see. */
    @Column(nullable = false)
    private int sequence;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 5000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "organiser_kind", nullable = false, length = 20)
    private OrganiserKind organiserKind;

    @Column(name = "organiser_name", nullable = false, length = 300)
    private String organiserName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private AdministrativeUnit district;

    /** Null: the event is for the whole district. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ward_id")
    private AdministrativeUnit ward;

    /** The centre that manages the event; null for events the district's administrators made. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "centre_id")
    private LearningCentre centre;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private Venue venue;

    /** Where it takes place in words, when not at a venue of the portal. */
    @Column(length = 300)
    private String place;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    @Column(length = 300)
    private String audience;

    /** Null: open to all, no registration limit (and no seats row). */
    @Column
    private Integer capacity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EventStatus status;

    /** People counted at the door without a registration. */
    @Column(name = "walk_ins", nullable = false)
    private int walkIns;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private int version;

    /** What an organiser decides about an event; the district and the centre are fixed when it is made. */
    public record Details(String title, String description, EventType type, OrganiserKind organiserKind,
                          String organiserName, AdministrativeUnit ward, Venue venue, String place,
                          LocalDateTime startsAt, LocalDateTime endsAt, String audience, Integer capacity,
                          Campaign campaign) {
    }

    protected CommunityEvent() {
    }

    public CommunityEvent(String code, AdministrativeUnit district, LearningCentre centre, Details details, Instant now) {
        if (district.level() != UnitLevel.DISTRICT) {
            throw InvalidInputException.of("district", "events.event.notDistrict");
        }
        this.code = code;
        this.uid = "event-" + UUID.randomUUID() + "@hoctap.vn";
        this.district = district;
        this.centre = centre;
        this.status = EventStatus.SCHEDULED;
        apply(details);
        this.updatedAt = now;
    }

    /** A change of the event's details: calendars see it as a new sequence. */
    public void change(Details details, Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new BusinessException("events.event.cancelled");
        }
        apply(details);
        touch(now);
    }

    /** New times for the event (the rest as it is). */
    public void reschedule(LocalDateTime newStart, LocalDateTime newEnd, Instant now) {
        change(new Details(title, description, type, organiserKind, organiserName, ward, venue, place, newStart, newEnd,
                audience, capacity, campaign), now);
    }

    /** Cancels the event; calendars show it cancelled. */
    public void cancel(Instant now) {
        if (status == EventStatus.CANCELLED) {
            throw new BusinessException("events.event.alreadyCancelled");
        }
        status = EventStatus.CANCELLED;
        touch(now);
    }

    /** Loaded from content as cancelled: no sequence change (the calendars never saw it otherwise). */
    public void markCancelled() {
        status = EventStatus.CANCELLED;
    }

    public void recordWalkIns(int count, Instant now) {
        if (count < 0) {
            throw InvalidInputException.of("walkIns", "events.walkIns.negative");
        }
        walkIns = count;
        updatedAt = now;
    }

    private void touch(Instant now) {
        sequence++;
        updatedAt = now;
    }

    private void apply(Details d) {
        List<FieldError> errors = new ArrayList<>(errorsOf(d, district, centre));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        title = d.title().strip();
        description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        type = d.type();
        organiserKind = d.organiserKind();
        organiserName = d.organiserName().strip();
        ward = d.ward();
        venue = d.venue();
        place = d.venue() != null ? null : d.place().strip();
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        audience = d.audience() == null || d.audience().isBlank() ? null : d.audience().strip();
        capacity = d.capacity();
        campaign = d.campaign();
    }

    /** The rules every event keeps, field by field. */
    static List<FieldError> errorsOf(Details d, AdministrativeUnit district, LearningCentre centre) {
        List<FieldError> errors = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            errors.add(new FieldError("title", "events.event.titleRequired"));
        }
        if (d.type() == null) {
            errors.add(new FieldError("type", "events.event.typeRequired"));
        }
        if (d.organiserKind() == null || d.organiserName() == null || d.organiserName().isBlank()) {
            errors.add(new FieldError("organiserName", "events.event.organiserRequired"));
        }
        boolean hasPlace = d.place() != null && !d.place().isBlank();
        if ((d.venue() == null) == !hasPlace) {
            errors.add(new FieldError("place", "events.event.venueOrPlace"));
        }
        if (d.startsAt() == null || d.endsAt() == null || !d.endsAt().isAfter(d.startsAt())) {
            errors.add(new FieldError("endsAt", "events.event.endBeforeStart"));
        } else if (d.campaign() != null && (!d.campaign().covers(d.startsAt().toLocalDate())
                || !d.campaign().covers(d.endsAt().toLocalDate()))) {
            errors.add(new FieldError("startsAt", "events.event.outsideCampaign"));
        }
        if (d.capacity() != null && d.capacity() < 1) {
            errors.add(new FieldError("capacity", "events.event.capacityPositive"));
        }
        if (d.ward() != null && (d.ward().level() != UnitLevel.WARD || !d.ward().isWithin(district))) {
            errors.add(new FieldError("ward", "events.event.wardNotInDistrict"));
        }
        if (centre != null && d.ward() != null && !centre.ward().code().equals(d.ward().code())) {
            errors.add(new FieldError("ward", "events.event.wardNotOfCentre"));
        }
        if (d.campaign() != null && !d.campaign().district().code().equals(district.code())) {
            errors.add(new FieldError("campaign", "events.event.campaignOfOtherDistrict"));
        }
        return errors;
    }

    /** The place as people read it: the venue's name and address, or the place in words. */
    public String placeLabel() {
        if (venue == null) {
            return place;
        }
        return venue.address() == null || venue.address().isBlank() ? venue.name() : venue.name() + ", " + venue.address();
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }

    public Details details() {
        return new Details(title, description, type, organiserKind, organiserName, ward, venue, place, startsAt, endsAt,
                audience, capacity, campaign);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String uid() {
        return uid;
    }

    public int sequence() {
        return sequence;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public EventType type() {
        return type;
    }

    public OrganiserKind organiserKind() {
        return organiserKind;
    }

    public String organiserName() {
        return organiserName;
    }

    public AdministrativeUnit district() {
        return district;
    }

    public AdministrativeUnit ward() {
        return ward;
    }

    public LearningCentre centre() {
        return centre;
    }

    public Venue venue() {
        return venue;
    }

    public String place() {
        return place;
    }

    public LocalDateTime startsAt() {
        return startsAt;
    }

    public LocalDateTime endsAt() {
        return endsAt;
    }

    public String audience() {
        return audience;
    }

    public Integer capacity() {
        return capacity;
    }

    public Campaign campaign() {
        return campaign;
    }

    public EventStatus status() {
        return status;
    }

    public int walkIns() {
        return walkIns;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
