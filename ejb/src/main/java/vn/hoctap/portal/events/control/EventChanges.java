package vn.hoctap.portal.events.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.enrolment.control.SeatCounter;
import vn.hoctap.portal.enrolment.control.SeatRow;
import vn.hoctap.portal.events.boundary.CampaignForm;
import vn.hoctap.portal.events.boundary.EventForm;
import vn.hoctap.portal.events.entity.Campaign;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventRsvp;
import vn.hoctap.portal.events.entity.RsvpStatus;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.UnitLevel;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organisers' changes to events and campaigns, each in the caller's transaction (the
 * {@code EventPlanning} facade runs one per change and hands freed seats to the waitlist after it
 * committed). Access: a centre's manager for the centre's events, an administrator for the events
 * and campaigns of their district.
 */
@Stateless
public class EventChanges {

    private static final Pattern SLUG = Pattern.compile("^[A-Z0-9][A-Z0-9-]{1,58}[A-Z0-9]$");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    EventAccess access;

    @Inject
    EventMails mails;

    @Inject
    SeatCounter seats;

    @Inject
    Clock clock;

    public long create(EventForm form) {
        Account account = caller.require();
        LearningCentre centre = null;
        AdministrativeUnit district;
        if (form.centreId() != null) {
            centre = caller.requireManagerOf(form.centreId());
            district = centre.ward().parent();
        } else {
            district = unit(form.districtCode(), UnitLevel.DISTRICT, "districtCode");
            if (!account.mayManage(district)) {
                throw new AccessDeniedException();
            }
        }
        CommunityEvent event = new CommunityEvent(null, district, centre, details(form, district, centre, 0), clock.instant());
        em.persist(event);
        em.flush();
        if (event.capacity() != null) {
            seats.setCapacity(SeatRow.ofEvent(event.id()), event.capacity(), 0);
        }
        return event.id();
    }

    /**
     * A change of an event's details; a new time is told to everyone registered.
     *
     * @return whether seats may have been freed for the waitlist (a larger capacity)
     */
    public boolean update(long eventId, EventForm form) {
        CommunityEvent event = access.managedEvent(eventId);
        long confirmed = count(event, RsvpStatus.CONFIRMED);
        LocalDateTime formerStart = event.startsAt();
        Integer formerCapacity = event.capacity();
        event.change(details(form, event.district(), event.centre(), confirmed), clock.instant());
        if (!formerStart.equals(event.startsAt())) {
            holders(event).forEach(r -> mails.moved(r, formerStart));
        }
        return capacityChanged(event, formerCapacity, confirmed);
    }

    /** New times only; everyone registered is told. */
    public void reschedule(long eventId, LocalDateTime startsAt, LocalDateTime endsAt) {
        CommunityEvent event = access.managedEvent(eventId);
        LocalDateTime formerStart = event.startsAt();
        event.reschedule(startsAt, endsAt, clock.instant());
        holders(event).forEach(r -> mails.moved(r, formerStart));
    }

    /** The event is called off: calendars show it cancelled, everyone registered is told. */
    public void cancel(long eventId) {
        CommunityEvent event = access.managedEvent(eventId);
        event.cancel(clock.instant());
        holders(event).forEach(mails::cancelled);
    }

    /**
     * A new capacity (null: open to all). Never below the residents already confirmed.
     *
     * @return whether seats may have been freed for the waitlist
     */
    public boolean setCapacity(long eventId, Integer capacity) {
        CommunityEvent event = access.managedEvent(eventId);
        long confirmed = count(event, RsvpStatus.CONFIRMED);
        Integer former = event.capacity();
        var d = event.details();
        event.change(new CommunityEvent.Details(d.title(), d.description(), d.type(), d.organiserKind(), d.organiserName(),
                d.ward(), d.venue(), d.place(), d.startsAt(), d.endsAt(), d.audience(), capacityAbove(capacity, confirmed),
                d.campaign()), clock.instant());
        return capacityChanged(event, former, confirmed);
    }

    private static Integer capacityAbove(Integer capacity, long confirmed) {
        if (capacity != null && capacity > 0 && capacity < confirmed) {
            throw InvalidInputException.of("capacity", "events.event.capacityBelowRegistrations", confirmed);
        }
        return capacity;
    }

    /** Keeps the seats row in step with the capacity; an event opened to all confirms its whole waitlist. */
    private boolean capacityChanged(CommunityEvent event, Integer former, long confirmed) {
        if (Objects.equals(former, event.capacity())) {
            return false;
        }
        em.flush();
        seats.setCapacity(SeatRow.ofEvent(event.id()), event.capacity(), (int) confirmed);
        if (event.capacity() == null) {
            for (EventRsvp waiting : em.createQuery("""
                            select r from EventRsvp r where r.event = :event
                              and r.status = vn.hoctap.portal.events.entity.RsvpStatus.WAITLISTED order by r.waitlistTicket""",
                    EventRsvp.class).setParameter("event", event).getResultList()) {
                waiting.confirm();
                mails.promoted(waiting);
            }
            return false;
        }
        return former == null || event.capacity() > former;
    }

    /** The organiser counts people who came without registering (a negative number corrects a miscount). */
    public int addWalkIns(long eventId, int count) {
        CommunityEvent event = access.managedEvent(eventId);
        event.recordWalkIns(event.walkIns() + count, clock.instant());
        return event.walkIns();
    }

    /** A registered resident is seen at the door. */
    public void checkIn(long eventId, long rsvpId) {
        CommunityEvent event = access.managedEvent(eventId);
        EventRsvp rsvp = em.find(EventRsvp.class, rsvpId);
        if (rsvp == null || !rsvp.event().id().equals(event.id())) {
            throw new NotFoundException();
        }
        rsvp.checkIn(clock.instant());
    }

    public long createCampaign(CampaignForm form) {
        AdministrativeUnit district = unit(form.districtCode(), UnitLevel.DISTRICT, "districtCode");
        if (!caller.require().mayManage(district)) {
            throw new AccessDeniedException();
        }
        String code = form.code() == null ? "" : form.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!SLUG.matcher(code).matches()) {
            throw InvalidInputException.of("code", "events.campaign.codeInvalid");
        }
        requireFreeCode(code);
        if (form.kind() == null) {
            throw InvalidInputException.of("kind", "events.campaign.kindRequired");
        }
        Campaign campaign = new Campaign(code, form.name(), form.theme(), form.kind(), district, form.startDate(), form.endDate());
        em.persist(campaign);
        em.flush();
        return campaign.id();
    }

    private void requireFreeCode(String code) {
        if (!em.createQuery("select c.id from Campaign c where c.code = :code", Long.class).setParameter("code", code)
                .getResultList().isEmpty()) {
            throw InvalidInputException.of("code", "events.campaign.codeTaken", code);
        }
    }

    /**
     * The campaign again in another year: its dates moved to the same day of the year (the whole
     * programme shifted by as many days, so weekdays are kept as close as can be), its events
     * copied as scheduled with new calendar identities, no registrations; the year in the codes
     * and the name replaced.
     */
    public long copyCampaign(long campaignId, int newYear) {
        Campaign old = access.managedCampaign(campaignId);
        int oldYear = old.startDate().getYear();
        if (newYear == oldYear || newYear < 2000 || newYear > 2100) {
            throw InvalidInputException.of("year", "events.campaign.copyYear");
        }
        long shift = ChronoUnit.DAYS.between(old.startDate(), old.startDate().withYear(newYear));
        String code = renamed(old.code(), oldYear, newYear);
        requireFreeCode(code);
        Campaign copy = new Campaign(code, old.name().replace(String.valueOf(oldYear), String.valueOf(newYear)),
                old.theme(), old.kind(), old.district(), old.startDate().plusDays(shift), old.endDate().plusDays(shift));
        em.persist(copy);
        List<CommunityEvent> events = em.createQuery("select e from CommunityEvent e where e.campaign = :c order by e.startsAt",
                CommunityEvent.class).setParameter("c", old).getResultList();
        for (CommunityEvent e : events) {
            var d = e.details();
            CommunityEvent moved = new CommunityEvent(e.code() == null ? null : renamed(e.code(), oldYear, newYear),
                    e.district(), e.centre(), new CommunityEvent.Details(d.title(), d.description(), d.type(), d.organiserKind(),
                    d.organiserName(), d.ward(), d.venue(), d.place(), d.startsAt().plusDays(shift), d.endsAt().plusDays(shift),
                    d.audience(), d.capacity(), copy), clock.instant());
            em.persist(moved);
            em.flush();
            if (moved.capacity() != null) {
                seats.setCapacity(SeatRow.ofEvent(moved.id()), moved.capacity(), 0);
            }
        }
        em.flush();
        return copy.id();
    }

    /** A code with its year replaced (HN-LB-TLHTSD-2026 → …-2027), or the year appended when it names none. */
    static String renamed(String code, int oldYear, int newYear) {
        String replaced = code.replace(String.valueOf(oldYear), String.valueOf(newYear));
        if (!replaced.equals(code)) {
            return replaced;
        }
        String suffixed = code + "-" + newYear;
        return suffixed.length() <= 40 ? suffixed : code.substring(0, 35) + "-" + newYear;
    }

    /** The residents registered (confirmed or waitlisted) for an event, who hear of its changes. */
    private List<EventRsvp> holders(CommunityEvent event) {
        return em.createQuery("""
                        select r from EventRsvp r join fetch r.resident where r.event = :event
                          and r.status <> vn.hoctap.portal.events.entity.RsvpStatus.CANCELLED""", EventRsvp.class)
                .setParameter("event", event).getResultList();
    }

    private long count(CommunityEvent event, RsvpStatus status) {
        return em.createQuery("select count(r) from EventRsvp r where r.event = :event and r.status = :status", Long.class)
                .setParameter("event", event).setParameter("status", status).getSingleResult();
    }

    private CommunityEvent.Details details(EventForm form, AdministrativeUnit district, LearningCentre centre, long confirmed) {
        AdministrativeUnit ward = form.wardCode() == null || form.wardCode().isBlank()
                ? (centre == null ? null : centre.ward())
                : unit(form.wardCode(), UnitLevel.WARD, "wardCode");
        Venue venue = null;
        if (form.venueId() != null) {
            venue = em.find(Venue.class, form.venueId());
            if (venue == null || !venue.centre().isWithin(district)) {
                throw InvalidInputException.of("venueId", "events.event.venueUnknown");
            }
        }
        Campaign campaign = null;
        if (form.campaignId() != null) {
            campaign = em.find(Campaign.class, form.campaignId());
            if (campaign == null) {
                throw InvalidInputException.of("campaignId", "events.event.campaignUnknown");
            }
        }
        return new CommunityEvent.Details(form.title(), form.description(), form.type(), form.organiserKind(),
                form.organiserName(), ward, venue, form.place(), form.startsAt(), form.endsAt(), form.audience(),
                capacityAbove(form.capacity(), confirmed), campaign);
    }

    private AdministrativeUnit unit(String code, UnitLevel level, String field) {
        Optional<AdministrativeUnit> unit = code == null ? Optional.empty()
                : em.createQuery("select u from AdministrativeUnit u where u.code = :code", AdministrativeUnit.class)
                .setParameter("code", code.strip()).getResultStream().findFirst();
        if (unit.isEmpty() || unit.get().level() != level) {
            throw InvalidInputException.of(field, "events.unitUnknown");
        }
        return unit.get();
    }
}
