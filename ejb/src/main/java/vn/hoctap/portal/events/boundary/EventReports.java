package vn.hoctap.portal.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.hoctap.portal.enrolment.boundary.DocumentFile;
import vn.hoctap.portal.events.control.WeekReportPdf;
import vn.hoctap.portal.events.control.WeekReportXlsx;
import vn.hoctap.portal.events.entity.Campaign;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.UnitLevel;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.platform.VietnameseText;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report after the week: for a campaign, or for any dates in a district, the events held,
 * registrations, attendance and walk-ins per ward and per event type ({@link WeekReport}), as
 * figures for the page and as XLSX and PDF documents for the report to the district.
 *
 * <p>What counts: an event is <em>held</em> when it is scheduled (not cancelled) and started
 * before now; every figure counts held events only, so registrations and attendance compare like
 * with like. Registrations are the RSVPs not cancelled (the waitlist included), attendance the
 * RSVPs checked in at the door, walk-ins the event's own count of people who came unregistered.
 * Two aggregate queries (and the list of wards), whatever the number of events.
 *
 * <p>Who may read it: the administrators of the district or of its city, and the managers of
 * every centre in the district, who see the whole district's report (their own ward beside the
 * others, as the district will) — it holds counts only, no names, so nothing of another centre's
 * residents is shown. Managers get the campaigns of their own district only, and reports over
 * dates only for their district; teachers and residents get none.
 */
@Stateless
public class EventReports {

    /** The longest period a report over dates may cover. */
    static final int MAX_DAYS = 366;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    Clock clock;

    /** A campaign the caller may report on, for the page's picker. */
    public record CampaignChoice(long id, String name, String districtName, LocalDate startDate, LocalDate endDate) {
    }

    /** The campaigns the caller may report on, the latest first. */
    public List<CampaignChoice> campaigns() {
        Account me = reader();
        return em.createQuery("select c from Campaign c join fetch c.district order by c.startDate desc, c.id desc",
                        Campaign.class).getResultStream()
                .filter(c -> mayRead(me, c.district()))
                .map(c -> new CampaignChoice(c.id(), c.name(), c.district().name(), c.startDate(), c.endDate()))
                .toList();
    }

    /** A district the caller may report on over dates, for the page's picker. */
    public record DistrictChoice(long id, String name) {
    }

    /** The districts the caller may report on: an administrator's district or those of their city; a manager's own. */
    public List<DistrictChoice> districts() {
        Account me = reader();
        return em.createQuery("select u from AdministrativeUnit u where u.level = :level order by u.name", AdministrativeUnit.class)
                .setParameter("level", UnitLevel.DISTRICT).getResultStream()
                .filter(d -> mayRead(me, d))
                .map(d -> new DistrictChoice(d.id(), d.name()))
                .toList();
    }

    /** The campaign's report, for the administrators and centre managers of its district. */
    public WeekReport campaign(long campaignId) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            throw new NotFoundException();
        }
        requireReader(campaign.district());
        Scope scope = new Scope("e.campaign = :campaign", Map.of("campaign", campaign));
        return report(scope, campaign.id(), campaign.name(), campaign.district(), campaign.startDate(), campaign.endDate());
    }

    /** The report over every event of the district that starts between the two days (both included). */
    public WeekReport district(long districtId, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "events.report.dates.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "events.report.dates.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw InvalidInputException.of("to", "events.report.dates.tooLong", String.valueOf(MAX_DAYS));
        }
        AdministrativeUnit district = em.find(AdministrativeUnit.class, districtId);
        if (district == null || district.level() != UnitLevel.DISTRICT) {
            throw new NotFoundException();
        }
        requireReader(district);
        Scope scope = new Scope("e.district = :district and e.startsAt >= :from and e.startsAt < :until",
                Map.of("district", district, "from", from.atStartOfDay(), "until", to.plusDays(1).atStartOfDay()));
        return report(scope, null, null, district, from, to);
    }

    /** The same, the days as typed in an address or a date field (ISO, 2026-10-01); a malformed one is refused by name. */
    public WeekReport district(long districtId, String from, String to) {
        return district(districtId, day("from", from), day("to", to));
    }

    public DocumentFile districtXlsx(long districtId, String from, String to) {
        return xlsx(district(districtId, from, to));
    }

    public DocumentFile districtPdf(long districtId, String from, String to) {
        return pdf(district(districtId, from, to));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "events.report.dates.invalid");
        }
    }

    public DocumentFile campaignXlsx(long campaignId) {
        return xlsx(campaign(campaignId));
    }

    public DocumentFile campaignPdf(long campaignId) {
        return pdf(campaign(campaignId));
    }

    private DocumentFile xlsx(WeekReport report) {
        return new DocumentFile(fileName(report, "xlsx"), WeekReportXlsx.MEDIA_TYPE, WeekReportXlsx.render(report));
    }

    private DocumentFile pdf(WeekReport report) {
        return new DocumentFile(fileName(report, "pdf"), WeekReportPdf.MEDIA_TYPE, WeekReportPdf.render(report));
    }

    /** Which events a report covers: a JPQL condition on {@code e} and its parameters. */
    private record Scope(String condition, Map<String, Object> parameters) {
    }

    /** Events and walk-ins, then registrations and attendance, per ward and type; every ward listed. */
    private WeekReport report(Scope scope, Long campaignId, String campaignName, AdministrativeUnit district,
                              LocalDate from, LocalDate to) {
        LocalDateTime now = LocalDateTime.now(clock);
        String held = " and e.status = vn.hoctap.portal.events.entity.EventStatus.SCHEDULED and e.startsAt < :now";
        Map<Key, WeekReport.Figures> cells = new HashMap<>();

        TypedQuery<Object[]> events = em.createQuery("""
                select w.id, e.type, count(e), coalesce(sum(e.walkIns), 0) from CommunityEvent e left join e.ward w
                where\s""" + scope.condition() + held + " group by w.id, e.type", Object[].class);
        for (Object[] row : bind(events, scope, now).getResultList()) {
            cells.merge(new Key((Long) row[0], (EventType) row[1]),
                    new WeekReport.Figures(count(row[2]), 0, 0, count(row[3])), WeekReport.Figures::plus);
        }
        TypedQuery<Object[]> rsvps = em.createQuery("""
                select w.id, e.type, count(r), coalesce(sum(case when r.checkedInAt is not null then 1 else 0 end), 0)
                from EventRsvp r join r.event e left join e.ward w
                where r.status <> vn.hoctap.portal.events.entity.RsvpStatus.CANCELLED and\s"""
                + scope.condition() + held + " group by w.id, e.type", Object[].class);
        for (Object[] row : bind(rsvps, scope, now).getResultList()) {
            cells.merge(new Key((Long) row[0], (EventType) row[1]),
                    new WeekReport.Figures(0, count(row[2]), count(row[3]), 0), WeekReport.Figures::plus);
        }

        Map<Long, WeekReport.WardRow> wards = new LinkedHashMap<>();
        wards.put(null, new WeekReport.WardRow(null, null, WeekReport.Figures.NONE));
        List<AdministrativeUnit> units = new ArrayList<>(em.createQuery(
                        "select u from AdministrativeUnit u where u.parent = :district order by u.name", AdministrativeUnit.class)
                .setParameter("district", district).getResultList());
        cells.keySet().stream().map(Key::wardId).filter(Objects::nonNull)
                .filter(id -> units.stream().noneMatch(u -> u.id().equals(id)))
                .distinct().sorted().forEach(id -> units.add(em.find(AdministrativeUnit.class, id)));
        units.forEach(u -> wards.put(u.id(), new WeekReport.WardRow(u.code(), u.name(), WeekReport.Figures.NONE)));
        Map<EventType, WeekReport.Figures> types = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            types.put(type, WeekReport.Figures.NONE);
        }
        cells.forEach((key, figures) -> {
            wards.computeIfPresent(key.wardId(), (id, row) ->
                    new WeekReport.WardRow(row.wardCode(), row.wardName(), row.figures().plus(figures)));
            types.merge(key.type(), figures, WeekReport.Figures::plus);
        });
        return new WeekReport(campaignId, campaignName, district.name(), from, to, now.truncatedTo(ChronoUnit.MINUTES),
                List.copyOf(wards.values()),
                types.entrySet().stream().map(t -> new WeekReport.TypeRow(t.getKey().name(), t.getValue())).toList());
    }

    private record Key(Long wardId, EventType type) {
    }

    private static TypedQuery<Object[]> bind(TypedQuery<Object[]> query, Scope scope, LocalDateTime now) {
        scope.parameters().forEach(query::setParameter);
        return query.setParameter("now", now);
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The caller, when they may read some district's report at all. */
    private Account reader() {
        Account me = caller.require();
        if (me.role() != Role.ADMIN && me.role() != Role.CENTRE_MANAGER) {
            throw new AccessDeniedException();
        }
        return me;
    }

    private void requireReader(AdministrativeUnit district) {
        if (!mayRead(reader(), district)) {
            throw new AccessDeniedException();
        }
    }

    /** Administrators of the district or its city; managers of a centre in the district. */
    static boolean mayRead(Account me, AdministrativeUnit district) {
        return switch (me.role()) {
            case ADMIN -> me.mayManage(district);
            case CENTRE_MANAGER -> me.centre() != null && me.centre().isWithin(district);
            default -> false;
        };
    }

    /** "bao-cao-su-kien-hn-lb-tlhtsd-2026.xlsx": the campaign's code (or the district and dates) in plain ASCII. */
    private String fileName(WeekReport report, String extension) {
        String subject = report.campaignId() != null
                ? em.find(Campaign.class, report.campaignId()).code()
                : report.districtName() + "-" + report.from() + "-" + report.to();
        return "bao-cao-su-kien-" + VietnameseText.fold(subject).replaceAll("[^a-z0-9_-]+", "-") + "." + extension;
    }
}
