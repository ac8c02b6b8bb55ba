package vn.hoctap.portal.events.control;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.enrolment.control.SeatCounter;
import vn.hoctap.portal.enrolment.control.SeatLedger;
import vn.hoctap.portal.enrolment.control.SeatRow;
import vn.hoctap.portal.events.boundary.RsvpView;
import vn.hoctap.portal.events.entity.CommunityEvent;
import vn.hoctap.portal.events.entity.EventRsvp;
import vn.hoctap.portal.events.entity.RsvpStatus;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The steps of registering for an event, each its own short transaction, as the enrolment's
 * ledger does for classes: {@link #open} stores the registration (confirmed at once when the event
 * has no capacity, else waiting), then the enrolment's {@code SeatAllocation} claims a seat or a
 * ticket in the event's {@code event_seats} row and {@link #settle}s it. The unique index on
 * (event, resident, active) makes a second registration of the same resident fail.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RsvpLedger implements SeatLedger<RsvpView> {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventMails mails;

    @Inject
    SeatCounter seats;

    /** What {@link #open} stored: the registration, and whether it still needs a seat. */
    public record Opened(long rsvpId, boolean needsSeat) {
    }

    /**
     * A resident registers: refused for a cancelled or past event and when they already hold a
     * registration for it; confirmed at once when the event is open to all.
     */
    public Opened open(long eventId, long residentId) {
        CommunityEvent event = em.find(CommunityEvent.class, eventId);
        if (event == null) {
            throw new NotFoundException();
        }
        if (event.cancelled()) {
            throw new BusinessException("events.rsvp.eventCancelled");
        }
        if (!event.startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new BusinessException("events.rsvp.eventPast");
        }
        if (active(eventId, residentId).isPresent()) {
            throw new BusinessException("events.rsvp.duplicate");
        }
        EventRsvp rsvp = new EventRsvp(event, em.find(Account.class, residentId), clock.instant());
        boolean open = event.capacity() == null;
        if (open) {
            rsvp.confirm();
        }
        em.persist(rsvp);
        em.flush();
        if (open) {
            mails.confirmed(rsvp);
        }
        return new Opened(rsvp.id(), !open);
    }

    /** The resident's registration for the event that is not cancelled, if any. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Long> active(long eventId, long residentId) {
        return em.createQuery("""
                        select r.id from EventRsvp r where r.event.id = :event and r.resident.id = :resident
                          and r.status <> vn.hoctap.portal.events.entity.RsvpStatus.CANCELLED""", Long.class)
                .setParameter("event", eventId).setParameter("resident", residentId).getResultStream().findFirst();
    }

    @Override
    public Optional<RsvpView> settle(long rsvpId, int ticket) {
        EventRsvp rsvp = em.find(EventRsvp.class, rsvpId);
        if (!rsvp.unsettled()) {
            return Optional.empty();
        }
        if (ticket == 0) {
            rsvp.confirm();
            mails.confirmed(rsvp);
        } else {
            rsvp.queue(ticket);
            em.flush();
            mails.waitlisted(rsvp, position(rsvp));
        }
        return Optional.of(view(rsvp, true));
    }

    @Override
    public RsvpView view(long rsvpId, boolean created) {
        EventRsvp rsvp = em.find(EventRsvp.class, rsvpId);
        if (rsvp == null) {
            throw new NotFoundException();
        }
        return view(rsvp, created);
    }

    @Override
    public List<Long> waitlist(long eventId) {
        return em.createQuery("""
                        select r.id from EventRsvp r where r.event.id = :event and r.waitlistTicket is not null
                          and r.status = vn.hoctap.portal.events.entity.RsvpStatus.WAITLISTED
                        order by r.waitlistTicket""", Long.class)
                .setParameter("event", eventId).getResultList();
    }

    /** A waitlisted resident may take a seat while the event is still to come and not cancelled. */
    @Override
    public boolean stillEligible(long rsvpId) {
        CommunityEvent event = em.find(EventRsvp.class, rsvpId).event();
        return !event.cancelled() && event.startsAt().isAfter(LocalDateTime.now(clock));
    }

    @Override
    public boolean promote(long rsvpId) {
        EventRsvp rsvp = em.find(EventRsvp.class, rsvpId);
        if (rsvp.status() != RsvpStatus.WAITLISTED) {
            return false;
        }
        rsvp.confirm();
        mails.promoted(rsvp);
        return true;
    }

    /**
     * A resident cancels their own registration, until the event starts.
     *
     * @return the event whose seat was freed, to pass on to the waitlist
     */
    public Optional<Long> cancelOwn(long rsvpId, long accountId) {
        EventRsvp rsvp = em.find(EventRsvp.class, rsvpId);
        if (rsvp == null) {
            throw new NotFoundException();
        }
        if (!rsvp.resident().id().equals(accountId)) {
            throw new AccessDeniedException();
        }
        if (!rsvp.event().startsAt().isAfter(LocalDateTime.now(clock))) {
            throw new BusinessException("events.rsvp.cancelTooLate");
        }
        boolean heldSeat = rsvp.cancel();
        em.flush();
        if (heldSeat && rsvp.event().capacity() != null) {
            seats.release(SeatRow.ofEvent(rsvp.event().id()));
            return Optional.of(rsvp.event().id());
        }
        return Optional.empty();
    }

    /** The caller's registrations, the coming events first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<RsvpView> rsvpsOf(long accountId) {
        return em.createQuery("""
                        select r from EventRsvp r join fetch r.event
                        where r.resident.id = :account order by r.event.startsAt desc, r.id desc""", EventRsvp.class)
                .setParameter("account", accountId).getResultList().stream().map(r -> view(r, false)).toList();
    }

    public RsvpView view(EventRsvp r, boolean created) {
        CommunityEvent e = r.event();
        return new RsvpView(r.id(), e.id(), e.title(), e.startsAt(), e.endsAt(), e.placeLabel(), e.status(), r.status(),
                r.status() == RsvpStatus.WAITLISTED && r.waitlistTicket() != null ? position(r) : null,
                r.checkedInAt(), created);
    }

    /**
     * The place in line: the ticket, less the earlier tickets that left the line (promoted or
     * cancelled), as for enrolments.
     */
    public int position(EventRsvp rsvp) {
        if (rsvp.status() != RsvpStatus.WAITLISTED || rsvp.waitlistTicket() == null) {
            return 0;
        }
        long left = em.createQuery("""
                        select count(r) from EventRsvp r where r.event = :event and r.waitlistTicket < :ticket
                          and r.status <> vn.hoctap.portal.events.entity.RsvpStatus.WAITLISTED""", Long.class)
                .setParameter("event", rsvp.event()).setParameter("ticket", rsvp.waitlistTicket()).getSingleResult();
        return rsvp.waitlistTicket() - (int) left;
    }
}
