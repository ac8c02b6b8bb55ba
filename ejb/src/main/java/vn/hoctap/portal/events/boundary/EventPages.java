package vn.hoctap.portal.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.events.control.EventAccess;
import vn.hoctap.portal.events.entity.Campaign;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventStatus;
import vn.hoctap.portal.events.entity.RsvpStatus;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.UnitLevel;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.NotFoundException;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Read-only answers that only the events pages need, beside EventCalendar and Rsvps: which scope
 * a calendar's address names (and the caller's own district when it names none), the wards of a
 * district for the filters, the centres, districts and venues a manager's form offers, the
 * caller's events as pages of a sortable table, and an event as its form shows it.
 */
@Stateless
public class EventPages {

    /** Kinds of scope, as in the feeds' addresses (/api/feeds/{kind}/{code}.ics). */
    public static final String DISTRICT = "district";
    public static final String WARD = "ward";
    public static final String CENTRE = "centre";
    public static final String CAMPAIGN = "campaign";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    EventAccess access;

    @Inject
    java.time.Clock clock;

    /**
     * What a calendar shows: a district, a ward, a centre or a campaign, and the district it lies in;
     * a campaign's calendar opens on its first day.
     */
    public record Scope(String kind, String code, String name, String districtCode, String wardCode, Long centreId,
                        Long campaignId, LocalDate firstDay) implements Serializable {
    }

    public record UnitChoice(String code, String name) implements Serializable {
    }

    public record CentreChoice(long id, String code, String name, String wardCode, String districtCode) implements Serializable {
    }

    public record VenueChoice(long id, String name) implements Serializable {
    }

    /** A row of the organiser's table of events. */
    public record ManagedEventRow(long id, String title, String type, LocalDateTime start, LocalDateTime end,
                                  String place, String status, Integer capacity, long registrations,
                                  String campaign) implements Serializable {
    }

    public record Rows<T>(List<T> rows, long total) implements Serializable {
    }

    /** The districts the caller works in: an administrator's (those below a city), anyone else's own. */
    public List<UnitChoice> districtsOfCaller() {
        Account account = caller.require();
        if (account.role() == Role.ADMIN) {
            return managedDistricts();
        }
        AdministrativeUnit own = districtOf(account);
        return own == null ? List.of() : List.of(new UnitChoice(own.code(), own.name()));
    }

    /**
     * The scope an address names (a centre before a ward before a district); with none, the
     * caller's district, else the district with most events, so that the calendar is never empty
     * for want of a parameter.
     */
    public Scope scope(String campaignCode, String centreCode, String wardCode, String districtCode) {
        if (campaignCode != null && !campaignCode.isBlank()) {
            Campaign campaign = em.createQuery("select c from Campaign c join fetch c.district where c.code = :code", Campaign.class)
                    .setParameter("code", campaignCode).getResultStream().findFirst().orElseThrow(NotFoundException::new);
            return new Scope(CAMPAIGN, campaign.code(), campaign.name(), campaign.district().code(), null, null,
                    campaign.id(), campaign.startDate());
        }
        if (centreCode != null && !centreCode.isBlank()) {
            LearningCentre centre = em.createQuery("select c from LearningCentre c where c.code = :code", LearningCentre.class)
                    .setParameter("code", centreCode).getResultStream().findFirst().orElseThrow(NotFoundException::new);
            return new Scope(CENTRE, centre.code(), centre.name(), centre.ward().parent().code(), centre.ward().code(), centre.id(), null, null);
        }
        if (wardCode != null && !wardCode.isBlank()) {
            AdministrativeUnit ward = unit(wardCode, UnitLevel.WARD);
            return new Scope(WARD, ward.code(), ward.name(), ward.parent().code(), ward.code(), null, null, null);
        }
        AdministrativeUnit district = districtCode != null && !districtCode.isBlank()
                ? unit(districtCode, UnitLevel.DISTRICT) : defaultDistrict();
        return new Scope(DISTRICT, district.code(), district.name(), district.code(), null, null, null, null);
    }

    private AdministrativeUnit unit(String code, UnitLevel level) {
        return em.createQuery("select u from AdministrativeUnit u where u.code = :code and u.level = :level", AdministrativeUnit.class)
                .setParameter("code", code).setParameter("level", level)
                .getResultStream().findFirst().orElseThrow(NotFoundException::new);
    }

    private AdministrativeUnit defaultDistrict() {
        Optional<AdministrativeUnit> own = caller.current().map(EventPages::districtOf);
        if (own.isPresent()) {
            return own.get();
        }
        return em.createQuery("""
                        select e.district from CommunityEvent e where e.status = :scheduled
                        group by e.district order by count(e) desc, e.district.name""", AdministrativeUnit.class)
                .setParameter("scheduled", EventStatus.SCHEDULED).setMaxResults(1).getResultStream().findFirst()
                .or(() -> em.createQuery("select u from AdministrativeUnit u where u.level = :level order by u.name",
                                AdministrativeUnit.class)
                        .setParameter("level", UnitLevel.DISTRICT).setMaxResults(1).getResultStream().findFirst())
                .orElseThrow(NotFoundException::new);
    }

    /** The district a person belongs to: their group's, their centre's, or the one they administer. */
    private static AdministrativeUnit districtOf(Account account) {
        if (account.residentialGroup() != null) {
            return account.residentialGroup().ward().parent();
        }
        if (account.centre() != null) {
            return account.centre().ward().parent();
        }
        AdministrativeUnit unit = account.adminUnit();
        if (unit == null) {
            return null;
        }
        return switch (unit.level()) {
            case DISTRICT -> unit;
            case WARD -> unit.parent();
            case CITY -> null;
        };
    }

    /** The wards of a district, by name. */
    public List<UnitChoice> wards(String districtCode) {
        return em.createQuery("""
                        select new vn.hoctap.portal.events.boundary.EventPages$UnitChoice(w.code, w.name)
                        from AdministrativeUnit w where w.parent.code = :district and w.level = :ward order by w.name""",
                        UnitChoice.class)
                .setParameter("district", districtCode).setParameter("ward", UnitLevel.WARD).getResultList();
    }

    /** The centres the caller may create events for: a manager's own, an administrator's in their area. */
    public List<CentreChoice> managedCentres() {
        Account account = caller.require();
        return em.createQuery("select c from LearningCentre c order by c.name", LearningCentre.class).getResultList()
                .stream().filter(account::mayManage)
                .map(c -> new CentreChoice(c.id(), c.code(), c.name(), c.ward().code(), c.ward().parent().code()))
                .toList();
    }

    /** The districts an administrator may create district-wide events and campaigns for. */
    public List<UnitChoice> managedDistricts() {
        Account account = caller.require();
        if (account.role() != Role.ADMIN) {
            return List.of();
        }
        return em.createQuery("select u from AdministrativeUnit u where u.level = :level order by u.name", AdministrativeUnit.class)
                .setParameter("level", UnitLevel.DISTRICT).getResultList().stream()
                .filter(account::mayManage).map(u -> new UnitChoice(u.code(), u.name())).toList();
    }

    /** The venues of a centre the caller manages. */
    public List<VenueChoice> venues(long centreId) {
        caller.requireManagerOf(centreId);
        return em.createQuery("select v from Venue v where v.centre.id = :centre order by v.name", Venue.class)
                .setParameter("centre", centreId).getResultList().stream()
                .map(v -> new VenueChoice(v.id(), v.name())).toList();
    }

    /**
     * The events the caller organises, a page at a time: a manager's centre's, an administrator's
     * in their area; sorted by {@code sort} (title, start, status), upcoming only when asked.
     */
    public Rows<ManagedEventRow> managedEvents(boolean upcomingOnly, String sort, boolean ascending, int page, int size) {
        Account account = caller.require();
        if (account.role() != Role.ADMIN && account.role() != Role.CENTRE_MANAGER) {
            throw new AccessDeniedException();
        }
        String where = account.role() == Role.ADMIN
                ? " where (e.district = :unit or e.district.parent = :unit)"
                : " where e.centre = :centre";
        if (upcomingOnly) {
            where += " and e.endsAt >= :now";
        }
        String order = switch (sort == null ? "" : sort) {
            case "title" -> "e.title";
            case "status" -> "e.status";
            default -> "e.startsAt";
        } + (ascending ? " asc" : " desc") + ", e.id";
        var count = em.createQuery("select count(e) from CommunityEvent e" + where, Long.class);
        var query = em.createQuery("select e from CommunityEvent e" + where + " order by " + order, CommunityEvent.class);
        if (account.role() == Role.ADMIN) {
            count.setParameter("unit", account.adminUnit());
            query.setParameter("unit", account.adminUnit());
        } else {
            count.setParameter("centre", account.centre());
            query.setParameter("centre", account.centre());
        }
        if (upcomingOnly) {
            LocalDateTime now = LocalDateTime.now(clock);
            count.setParameter("now", now);
            query.setParameter("now", now);
        }
        List<CommunityEvent> events = query.setFirstResult(Math.max(0, page) * size).setMaxResults(size).getResultList();
        Map<Long, Long> registrations = registrations(events);
        List<ManagedEventRow> rows = events.stream()
                .map(e -> new ManagedEventRow(e.id(), e.title(), e.type().name(), e.startsAt(), e.endsAt(),
                        e.placeLabel(), e.status().name(), e.capacity(), registrations.getOrDefault(e.id(), 0L),
                        e.campaign() == null ? null : e.campaign().name()))
                .toList();
        return new Rows<>(rows, count.getSingleResult());
    }

    /** The confirmed registrations of a page of events, in one grouped query. */
    private Map<Long, Long> registrations(List<CommunityEvent> events) {
        if (events.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select r.event.id, count(r) from EventRsvp r where r.event in :events and r.status = :confirmed
                        group by r.event.id""", Object[].class)
                .setParameter("events", events).setParameter("confirmed", RsvpStatus.CONFIRMED).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** An event as its form shows it, for its organiser to edit. */
    public EventForm form(long eventId) {
        CommunityEvent e = access.managedEvent(eventId);
        return new EventForm(e.title(), e.description(), e.type(), e.organiserKind(), e.organiserName(),
                e.centre() == null ? null : e.centre().id(), e.district().code(), e.ward() == null ? null : e.ward().code(),
                e.venue() == null ? null : e.venue().id(), e.place(), e.startsAt(), e.endsAt(), e.audience(), e.capacity(),
                e.campaign() == null ? null : e.campaign().id());
    }
}
