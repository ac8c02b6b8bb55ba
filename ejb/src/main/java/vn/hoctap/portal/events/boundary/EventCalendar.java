package vn.hoctap.portal.events.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import vn.hoctap.portal.events.control.EventAccess;
import vn.hoctap.portal.events.control.EventCards;
import vn.hoctap.portal.events.entity.Campaign;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventSeats;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.events.entity.RsvpStatus;
import vn.hoctap.portal.identity.boundary.CallerAccount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public calendar of community events (read only, open to everyone): pages of events by
 * district, ward, centre, campaign, type and dates; a campaign and its programme day by day; one
 * event's page.
 */
@Stateless
// a read-only transaction: the caller's account and the events' lazy parts stay loadable while the views are built
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class EventCalendar {

    private static final String CARD_SELECT = """
            select e, s from CommunityEvent e left join EventSeats s on s.eventId = e.id
              left join fetch e.ward left join fetch e.centre left join fetch e.venue left join fetch e.campaign
            """;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    public EventPage events(EventQuery query) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.districtCode() != null) {
            where.append(" and e.district.code = :district");
            parameters.put("district", query.districtCode());
        }
        if (query.wardCode() != null) {
            where.append(" and (e.ward.code = :ward or (e.ward is null and e.district = (select u.parent from AdministrativeUnit u where u.code = :ward)))");
            parameters.put("ward", query.wardCode());
        }
        if (query.centreId() != null) {
            where.append(" and e.centre.id = :centre");
            parameters.put("centre", query.centreId());
        }
        if (query.campaignId() != null) {
            where.append(" and e.campaign.id = :campaign");
            parameters.put("campaign", query.campaignId());
        }
        if (query.type() != null) {
            where.append(" and e.type = :type");
            parameters.put("type", query.type());
        }
        if (query.from() != null) {
            where.append(" and e.endsAt >= :from");
            parameters.put("from", query.from().atStartOfDay());
        }
        if (query.to() != null) {
            where.append(" and e.startsAt < :to");
            parameters.put("to", query.to().plusDays(1).atStartOfDay());
        }
        if (query.text() != null) {
            where.append(" and (lower(e.title) like :text or lower(e.organiserName) like :text)");
            parameters.put("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
        }
        if (query.scheduledOnly()) {
            where.append(" and e.status = vn.hoctap.portal.events.entity.EventStatus.SCHEDULED");
        }
        TypedQuery<Long> count = em.createQuery("select count(e) from CommunityEvent e" + where, Long.class);
        TypedQuery<Object[]> page = em.createQuery(CARD_SELECT + where + " order by e.startsAt, e.id", Object[].class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            page.setParameter(name, value);
        });
        List<EventCard> cards = page.setFirstResult(query.page() * query.size()).setMaxResults(query.size())
                .getResultList().stream().map(row -> EventCards.card((CommunityEvent) row[0], (EventSeats) row[1])).toList();
        return new EventPage(cards, count.getSingleResult(), query.page(), query.size());
    }

    public Optional<CampaignView> campaign(long id) {
        Campaign c = em.find(Campaign.class, id);
        return Optional.ofNullable(c).map(this::view);
    }

    public Optional<CampaignView> campaignByCode(String code) {
        return em.createQuery("select c from Campaign c where c.code = :code", Campaign.class).setParameter("code", code)
                .getResultStream().findFirst().map(this::view);
    }

    /** The campaigns of a district (every district when null), the latest first. */
    public List<CampaignView> campaigns(String districtCode) {
        return em.createQuery("select c from Campaign c join fetch c.district where :district is null or c.district.code = :district"
                        + " order by c.startDate desc", Campaign.class)
                .setParameter("district", districtCode).getResultList().stream().map(this::view).toList();
    }

    private CampaignView view(Campaign c) {
        long events = em.createQuery("select count(e) from CommunityEvent e where e.campaign = :c", Long.class)
                .setParameter("c", c).getSingleResult();
        return new CampaignView(c.id(), c.code(), c.name(), c.theme(), c.kind(), c.district().code(), c.district().name(),
                c.startDate(), c.endDate(), events);
    }

    /** A campaign's events day by day (every day of the campaign, empty ones too), optionally of a ward and a type. */
    public List<ProgrammeDay> programme(long campaignId, String wardCode, EventType type) {
        Campaign campaign = em.find(Campaign.class, campaignId);
        if (campaign == null) {
            return List.of();
        }
        EventPage all = events(new EventQuery(null, wardCode, null, campaignId, type, null, null, null, false, 0,
                EventQuery.MAX_SIZE));
        Map<LocalDate, List<EventCard>> days = new LinkedHashMap<>();
        for (LocalDate day = campaign.startDate(); !day.isAfter(campaign.endDate()); day = day.plusDays(1)) {
            days.put(day, new ArrayList<>());
        }
        all.items().forEach(card -> days.computeIfAbsent(card.start().toLocalDate(), d -> new ArrayList<>()).add(card));
        return days.entrySet().stream().map(d -> new ProgrammeDay(d.getKey(), List.copyOf(d.getValue()))).toList();
    }

    public Optional<EventDetail> event(long id) {
        List<Object[]> rows = em.createQuery(CARD_SELECT + " join fetch e.district where e.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        CommunityEvent e = (CommunityEvent) rows.get(0)[0];
        Map<RsvpStatus, Long> counts = new HashMap<>();
        em.createQuery("select r.status, count(r) from EventRsvp r where r.event = :e group by r.status", Object[].class)
                .setParameter("e", e).getResultList().forEach(r -> counts.put((RsvpStatus) r[0], (Long) r[1]));
        boolean mayManage = caller.current().map(account -> EventAccess.mayManage(account, e)).orElse(false);
        return Optional.of(new EventDetail(EventCards.card(e, (EventSeats) rows.get(0)[1]), e.description(),
                e.organiserKind(), e.organiserName(), e.audience(), e.uid(), e.sequence(), e.district().code(),
                e.district().name(), e.ward() == null ? null : e.ward().code(), e.centre() == null ? null : e.centre().id(),
                e.venue() == null ? null : e.venue().id(), e.place(), e.walkIns(),
                counts.getOrDefault(RsvpStatus.CONFIRMED, 0L), counts.getOrDefault(RsvpStatus.WAITLISTED, 0L), mayManage));
    }
}
