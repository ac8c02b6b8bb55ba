package vn.hoctap.portal.enrolment.control;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;
import vn.hoctap.portal.enrolment.boundary.LearnerForm;
import vn.hoctap.portal.enrolment.entity.Eligibility;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;
import vn.hoctap.portal.enrolment.entity.Learner;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The steps of enrolment, each its own short transaction, so that no lock is held across a
 * request: the one contended statement, the claim of a seat, is not even in a transaction of
 * the server's ({@link SeatCounter}).
 * <ol>
 *   <li>{@link #open}: eligibility, then the enrolment stored as waiting — the unique index on
 *   (class, learner, active) turns a double click into the enrolment that already exists;</li>
 *   <li>{@link SeatCounter#claim}, else {@link SeatCounter#takeTicket}: a seat, or a place in line;</li>
 *   <li>{@link #settle}: confirmed if a seat was claimed (only from waiting: else the seat goes
 *   back), or in line with the ticket; the mail queued in the same transaction.</li>
 * </ol>
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class EnrolmentLedger implements SeatLedger<EnrolmentView> {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CompletedCourses completedCourses;

    @Inject
    EnrolmentMails mails;

    @Inject
    LearnerIntake intake;

    @Inject
    SeatCounter seats;

    /** The learner record of a resident, made on their first enrolment. */
    public long learnerOf(long accountId) {
        return learner(accountId).id();
    }

    private Learner learner(long accountId) {
        Optional<Learner> existing = em.createQuery("select l from Learner l where l.account.id = :account", Learner.class)
                .setParameter("account", accountId).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        Learner learner = Learner.of(em.find(Account.class, accountId), clock.instant());
        em.persist(learner);
        em.flush();
        return learner;
    }

    /** What a resident's request opened: the enrolment, whether it is new, and whether it waits for approval. */
    public record OpenedForResident(long enrolmentId, boolean created, boolean pending) {
    }

    /**
     * A resident's request in one transaction: their learner record (made on the first
     * enrolment), the enrolment they already have in the class, or a new one after the rules.
     */
    public OpenedForResident openForResident(long classId, long accountId) {
        Learner learner = learner(accountId);
        Optional<Long> existing = activeEnrolment(classId, learner.id());
        if (existing.isPresent()) {
            return new OpenedForResident(existing.get(), false, false);
        }
        long id = openFor(offering(classId), learner);
        return new OpenedForResident(id, true, em.find(Enrolment.class, id).status() == EnrolmentStatus.PENDING);
    }

    public Optional<Long> activeEnrolment(long classId, long learnerId) {
        return em.createQuery("""
                        select e.id from Enrolment e where e.classOffering.id = :class and e.learner.id = :learner
                          and e.status <> vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CANCELLED""", Long.class)
                .setParameter("class", classId).setParameter("learner", learnerId).getResultStream().findFirst();
    }

    /** Checks the rules and stores the enrolment as waiting (or pending approval). */
    public long open(long classId, long learnerId) {
        Learner learner = em.find(Learner.class, learnerId);
        if (learner == null) {
            throw new NotFoundException();
        }
        return openFor(offering(classId), learner);
    }

    /** What {@link #openRecorded} did: the enrolment, and whether it is new or the learner's existing one. */
    public record Opened(long enrolmentId, boolean created) {
    }

    /**
     * A manager enrols someone not yet known, or found again by name, birth year and group
     * ({@link LearnerIntake}): the learner is recorded and the enrolment opened in one step, so
     * that a refused enrolment leaves no learner behind.
     */
    public Opened openRecorded(long classId, LearnerForm form) {
        ClassOffering offering = offering(classId);
        Learner learner = intake.findOrRecord(offering.course().centre(), form);
        Optional<Long> existing = activeEnrolment(classId, learner.id());
        return existing.map(id -> new Opened(id, false)).orElseGet(() -> new Opened(openFor(offering, learner), true));
    }

    /**
     * The class with its course and programme, which the rules read: one statement. A query, not
     * {@code find} with an entity graph: Hibernate builds a new loader for every graph it is given,
     * while a query's plan is translated once and cached (a burst of enrolments spent a good part of
     * its CPU building those loaders).
     */
    private ClassOffering offering(long classId) {
        // the joined entities are selected, not fetched (JPA forbids aliases on fetch joins): each is
        // then in the persistence context, where the class's associations find it without a statement
        return em.createQuery("""
                        select c, co, p from ClassOffering c join c.course co join co.programme p
                        where c.id = :id""", Object[].class)
                .setParameter("id", classId).getResultStream().findFirst().map(row -> (ClassOffering) row[0])
                .orElseThrow(NotFoundException::new);
    }

    private long openFor(ClassOffering offering, Learner learner) {
        LocalDate today = LocalDate.now(clock);
        var refusal = Eligibility.refusal(offering, facts(offering, learner), today);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        Enrolment enrolment = new Enrolment(offering, learner, offering.approvalRequired(), clock.instant());
        em.persist(enrolment);
        em.flush();
        return enrolment.id();
    }

    private Eligibility.Facts facts(ClassOffering offering, Learner learner) {
        var required = offering.course().programme().requires();
        boolean completedRequired = required != null && !em.createNativeQuery("""
                        select 1 from enrolment e join class_offering k on k.id = e.class_id join course c on c.id = k.course_id
                        where e.learner_id = ? and e.result = 'COMPLETED' and c.programme_id = ? limit 1""")
                .setParameter(1, learner.id()).setParameter(2, required.id()).getResultList().isEmpty();
        List<String> overlapping = em.createQuery("""
                        select distinct concat(co.title, ' (', k.code, ')') from Enrolment e join e.classOffering k join k.course co
                        where e.learner.id = :learner and k.id <> :class and k.cancelled = false
                          and e.status <> vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CANCELLED
                          and exists (select 1 from ClassSession mine, ClassSession theirs
                                      where mine.classOffering.id = :class and theirs.classOffering = k
                                        and mine.cancelled = false and theirs.cancelled = false
                                        and mine.startsAt < theirs.endsAt and theirs.startsAt < mine.endsAt)""", String.class)
                .setParameter("learner", learner.id()).setParameter("class", offering.id()).getResultList();
        return new Eligibility.Facts(learner.birthYear(), learner.completedGrade(), completedRequired, overlapping,
                offering.course().requiredCourses().isEmpty() ? java.util.Set.of() : completedCourses.of(learner.id()));
    }

    /**
     * Confirms a waiting enrolment that got a seat ({@code ticket} 0), or puts it in line with its
     * ticket and tells it its place.
     *
     * @return the settled enrolment; empty when it no longer waits (cancelled meanwhile): a seat
     * claimed for it goes back (the caller's part), a ticket is simply not used
     */
    @Override
    public Optional<EnrolmentView> settle(long enrolmentId, int ticket) {
        Enrolment enrolment = withClassAndLearner(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.REQUESTED) {
            return Optional.empty();
        }
        if (ticket == 0) {
            enrolment.confirm(clock.instant());
            mails.confirmed(enrolment);
        } else {
            enrolment.queue(ticket);
            em.flush();
            mails.waitlisted(enrolment, position(enrolment));
        }
        return Optional.of(view(enrolment, true));
    }

    /** A waitlisted enrolment gets the seat just claimed for it; false if it stopped waiting meanwhile. */
    @Override
    public boolean promote(long enrolmentId) {
        Enrolment enrolment = withClassAndLearner(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.WAITLISTED) {
            return false;
        }
        enrolment.confirm(clock.instant());
        mails.promoted(enrolment);
        return true;
    }

    /** The waitlisted enrolments of a class in the order of their tickets. */
    @Override
    public List<Long> waitlist(long classId) {
        return em.createQuery("""
                        select e.id from Enrolment e where e.classOffering.id = :class
                          and e.status = vn.hoctap.portal.enrolment.entity.EnrolmentStatus.WAITLISTED
                        order by e.waitlistTicket""", Long.class)
                .setParameter("class", classId).getResultList();
    }

    /** Whether a waitlisted learner may still take a seat (their other classes may have changed). */
    @Override
    public boolean stillEligible(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        return Eligibility.refusal(enrolment.classOffering(), facts(enrolment.classOffering(), enrolment.learner()),
                LocalDate.now(clock)).isEmpty();
    }

    /**
     * A resident cancels their own enrolment: a waiting one any time, a confirmed one until the
     * class starts (then the manager does it).
     *
     * @return the class whose seat was freed, to pass on to the waitlist
     */
    public Optional<Long> cancelOwn(long enrolmentId, long accountId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException();
        }
        Account owner = enrolment.learner().account();
        if (owner == null || !owner.id().equals(accountId)) {
            throw new AccessDeniedException();
        }
        if (enrolment.status() == EnrolmentStatus.CONFIRMED
                && !LocalDate.now(clock).isBefore(enrolment.classOffering().startDate())) {
            throw new BusinessException("enrolment.cancel.tooLate");
        }
        return cancel(enrolmentId, accountId) ? Optional.of(enrolment.classOffering().id()) : Optional.empty();
    }

    /**
     * The manager approves a pending enrolment: the rules are checked again (the learner's other
     * classes may have changed), then it waits for a seat like any request.
     *
     * @return the class, whose seat or ticket is claimed next
     */
    public long approve(long enrolmentId) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.PENDING) {
            throw new BusinessException("enrolment.notPending");
        }
        var refusal = Eligibility.refusal(enrolment.classOffering(), facts(enrolment.classOffering(), enrolment.learner()),
                LocalDate.now(clock));
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        enrolment.approve();
        return enrolment.classOffering().id();
    }

    /** The manager refuses a pending enrolment: it is cancelled and the learner told. */
    public void refuse(long enrolmentId, long byAccountId) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.PENDING) {
            throw new BusinessException("enrolment.notPending");
        }
        enrolment.cancel(byAccountId, clock.instant());
        mails.refused(enrolment);
    }

    /**
     * The centre cancels an enrolment of its class, whatever its state and also after the class
     * began (a learner who moved away), unless a certificate was issued for it; the learner is told.
     *
     * @return the class whose seat was freed, to pass on to the waitlist
     */
    public Optional<Long> cancelByCentre(long enrolmentId, long byAccountId) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (!em.createQuery("select c.id from Certificate c where c.enrolment = :e", Long.class)
                .setParameter("e", enrolment).getResultList().isEmpty()) {
            throw new BusinessException("enrolment.certified");
        }
        boolean heldSeat = cancel(enrolmentId, byAccountId);
        mails.cancelledByCentre(enrolment);
        return heldSeat ? Optional.of(enrolment.classOffering().id()) : Optional.empty();
    }

    private Enrolment enrolment(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException();
        }
        return enrolment;
    }

    /** @return true when the enrolment held a seat, which the class must now pass on */
    public boolean cancel(long enrolmentId, long byAccountId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        boolean heldSeat = enrolment.cancel(byAccountId, clock.instant());
        em.flush();
        if (heldSeat) {
            seats.release(SeatRow.ofClass(enrolment.classOffering().id()));
        }
        return heldSeat;
    }

    @Override
    public EnrolmentView view(long enrolmentId, boolean created) {
        Enrolment e = withClassAndLearner(enrolmentId);
        if (e == null) {
            throw new NotFoundException();
        }
        return view(e, created);
    }

    /** The enrolment with its learner and class, course, centre and venue: one statement, a cached query plan (see {@link #offering}). */
    private Enrolment withClassAndLearner(long enrolmentId) {
        return em.createQuery("""
                        select e, l, a, c, co, ce, v from Enrolment e join e.learner l left join l.account a
                          join e.classOffering c join c.course co join co.centre ce join c.venue v
                        where e.id = :id""", Object[].class)
                .setParameter("id", enrolmentId).getResultStream().findFirst().map(row -> (Enrolment) row[0]).orElse(null);
    }

    private EnrolmentView view(Enrolment e, boolean created) {
        ClassOffering c = e.classOffering();
        return new EnrolmentView(e.id(), c.id(), c.code(), c.course().title(), c.course().centre().name(), c.venue().name(),
                c.startDate(), c.endDate(), ClassOffering.patternText(c.weekdays()), c.usualStart(), c.usualEnd(),
                e.status(), e.status() == EnrolmentStatus.WAITLISTED ? position(e) : null, created);
    }

    /** Two grouped queries for all of a learner's enrolments: the next sessions, and the attendance counts. */
    public java.util.Map<Long, vn.hoctap.portal.enrolment.boundary.LearningProgress> progressOf(long accountId) {
        var next = new java.util.HashMap<Long, java.time.LocalDateTime>();
        em.createQuery("""
                        select e.id, min(s.startsAt) from Enrolment e, ClassSession s
                        where e.learner.account.id = :account and s.classOffering = e.classOffering
                          and s.cancelled = false and s.startsAt >= :now group by e.id""", Object[].class)
                .setParameter("account", accountId).setParameter("now", java.time.LocalDateTime.now(clock))
                .getResultList().forEach(row -> next.put((Long) row[0], (java.time.LocalDateTime) row[1]));
        var progress = new java.util.HashMap<Long, vn.hoctap.portal.enrolment.boundary.LearningProgress>();
        em.createQuery("""
                        select e.id, sum(case when a.present = true then 1 else 0 end), count(a)
                        from Attendance a join a.enrolment e where e.learner.account.id = :account group by e.id""", Object[].class)
                .setParameter("account", accountId).getResultList()
                .forEach(row -> progress.put((Long) row[0], new vn.hoctap.portal.enrolment.boundary.LearningProgress(
                        (Long) row[0], next.get((Long) row[0]), ((Number) row[1]).longValue(), ((Number) row[2]).longValue())));
        next.forEach((id, at) -> progress.putIfAbsent(id, new vn.hoctap.portal.enrolment.boundary.LearningProgress(id, at, 0, 0)));
        return progress;
    }

    public List<EnrolmentView> enrolmentsOf(long accountId) {
        return em.createQuery("select e.id from Enrolment e where e.learner.account.id = :account order by e.id desc", Long.class)
                .setParameter("account", accountId).getResultList().stream().map(id -> view(id, false)).toList();
    }

    /**
     * The place in line: the ticket, less the earlier tickets that left the line (promoted or
     * cancelled). Earlier tickets are settled or leaving, never arriving, so the place only shrinks.
     */
    int position(Enrolment enrolment) {
        if (enrolment.status() != EnrolmentStatus.WAITLISTED || enrolment.waitlistTicket() == null) {
            return 0;
        }
        long left = em.createQuery("""
                        select count(e) from Enrolment e where e.classOffering = :class and e.waitlistTicket < :ticket
                          and e.status <> vn.hoctap.portal.enrolment.entity.EnrolmentStatus.WAITLISTED""", Long.class)
                .setParameter("class", enrolment.classOffering()).setParameter("ticket", enrolment.waitlistTicket())
                .getSingleResult();
        return enrolment.waitlistTicket() - (int) left;
    }
}
