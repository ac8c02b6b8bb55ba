package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.enrolment.control.ClassAccess;
import vn.hoctap.portal.enrolment.control.ClassAccess.ClassPlace;
import vn.hoctap.portal.enrolment.control.CompletedCourses;
import vn.hoctap.portal.enrolment.control.EnrolmentLedger;
import vn.hoctap.portal.enrolment.control.LearnerIntake;
import vn.hoctap.portal.enrolment.control.NameOrder;
import vn.hoctap.portal.enrolment.control.SeatAllocation;
import vn.hoctap.portal.enrolment.entity.Eligibility;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.enrolment.entity.EnrolmentRefused;
import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;
import vn.hoctap.portal.enrolment.entity.Learner;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A class's roster, for the people who run it. Its manager enrols learners (known ones, or
 * walk-ins recorded on the spot), approves or refuses requests in approval mode, and cancels
 * enrolments; its teacher reads it. Enrolling follows the residents' own path step by step
 * ({@link EnrolmentLedger}: open, then a seat or a ticket through {@link SeatAllocation}), with the
 * same eligibility rules: there is one way seats are handed out. Unlike a resident, the manager may
 * admit a learner who lacks the course prerequisites, knowingly ({@link #enrol(long, long, boolean)}).
 * Those orchestrations hold no
 * transaction; the readings and the approval switch run in one.
 */
@Stateless
public class ClassRoster {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ClassAccess access;

    @Inject
    CallerAccount caller;

    @Inject
    EnrolmentLedger ledger;

    @Inject
    SeatAllocation seats;

    @Inject
    LearnerIntake intake;

    @Inject
    CompletedCourses completedCourses;

    @Inject
    Clock clock;

    public ClassRosterView roster(long classId) {
        ClassPlace place = access.staffOfClass(classId);
        ClassOffering k = em.find(ClassOffering.class, classId);
        List<Enrolment> enrolments = em.createQuery("""
                        select e from Enrolment e join fetch e.learner
                        where e.classOffering = :k and e.status <> vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CANCELLED""",
                        Enrolment.class)
                .setParameter("k", k).getResultList();
        Map<Long, long[]> marks = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select a.enrolment.id, sum(case when a.present = true then 1 else 0 end),
                               sum(case when a.present = false then 1 else 0 end)
                        from Attendance a where a.enrolment.classOffering = :k group by a.enrolment.id""", Object[].class)
                .setParameter("k", k).getResultList()) {
            marks.put((Long) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        Map<Long, String> certificates = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select c.enrolment.id, c.verificationCode from Certificate c
                        where c.enrolment.classOffering = :k""", Object[].class)
                .setParameter("k", k).getResultList()) {
            certificates.put((Long) row[0], (String) row[1]);
        }
        List<Enrolment> waitlist = enrolments.stream().filter(e -> e.status() == EnrolmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrolment::waitlistTicket)).toList();
        Comparator<Enrolment> byName = NameOrder.of(e -> e.learner().fullName());
        List<ClassRosterView.Line> lines = Stream.of(
                        enrolments.stream().filter(e -> e.status() == EnrolmentStatus.CONFIRMED).sorted(byName),
                        enrolments.stream().filter(e -> e.status() == EnrolmentStatus.PENDING
                                || e.status() == EnrolmentStatus.REQUESTED).sorted(byName),
                        waitlist.stream())
                .flatMap(s -> s)
                .map(e -> {
                    Learner l = e.learner();
                    long[] m = marks.getOrDefault(e.id(), new long[2]);
                    return new ClassRosterView.Line(e.id(), l.id(), l.fullName(), l.birthYear(),
                            l.residentialGroup() == null ? null : l.residentialGroup().name(), l.phone(), l.account() != null,
                            e.status(), e.status() == EnrolmentStatus.WAITLISTED ? waitlist.indexOf(e) + 1 : null,
                            e.result(), e.literacyLevel(), e.note(), certificates.get(e.id()), m[0], m[1]);
                }).toList();
        Map<Long, long[]> sheets = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select a.session.id, count(a), sum(case when a.present = false then 1 else 0 end)
                        from Attendance a where a.session.classOffering = :k group by a.session.id""", Object[].class)
                .setParameter("k", k).getResultList()) {
            sheets.put((Long) row[0], new long[]{((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        List<ClassRosterView.SessionLine> sessions = em.createQuery(
                        "select s from ClassSession s where s.classOffering = :k order by s.startsAt", ClassSession.class)
                .setParameter("k", k).getResultStream()
                .map(s -> {
                    long[] sheet = sheets.getOrDefault(s.id(), new long[2]);
                    return new ClassRosterView.SessionLine(s.id(), s.slot().start(), s.slot().end(),
                            s.cancelled() || k.cancelled(), sheet[0], sheet[1]);
                }).toList();
        List<ClassRosterView.GroupChoice> groups = !place.manages() ? List.of() : em.createQuery("""
                        select new vn.hoctap.portal.enrolment.boundary.ClassRosterView$GroupChoice(g.id, g.name)
                        from ResidentialGroup g where g.ward = :ward order by g.code""", ClassRosterView.GroupChoice.class)
                .setParameter("ward", k.course().centre().ward()).getResultList();
        var course = k.course();
        return new ClassRosterView(k.id(), k.code(), course.id(), course.title(), place.centreId(), course.centre().name(),
                k.teacher() == null ? k.guestSpeaker() : k.teacher().fullName(), course.programme().nameVi(),
                Enrolment.literacyLevelGiven(course.programme()), k.capacity(), k.seatsTaken(), k.approvalRequired(),
                k.startDate(), k.endDate(), k.cancelled(), !LocalDate.now(clock).isBefore(k.startDate()), place.manages(),
                lines, sessions, groups);
    }

    /** Learners of the centre (its ward's, or who learnt there) whose name matches, not yet in the class. */
    public List<LearnerMatch> candidates(long classId, String query) {
        access.managerOfClass(classId);
        ClassOffering k = em.find(ClassOffering.class, classId);
        List<Long> inClass = em.createQuery("""
                        select e.learner.id from Enrolment e where e.classOffering = :k
                          and e.status <> vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CANCELLED""", Long.class)
                .setParameter("k", k).getResultList();
        return intake.search(k.course().centre(), query, 40).stream()
                .filter(l -> !inClass.contains(l.id()))
                .limit(20)
                .map(l -> new LearnerMatch(l.id(), l.fullName(), l.birthYear(),
                        l.residentialGroup() == null ? null : l.residentialGroup().name(), l.phone()))
                .toList();
    }

    /** The classes the calling teacher teaches that have not ended more than a month ago. */
    public List<TaughtClass> taughtByMe() {
        var teacher = caller.require();
        if (teacher.role() != Role.TEACHER) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("""
                        select k from ClassOffering k join fetch k.course join fetch k.venue
                        where k.teacher = :teacher and k.cancelled = false and k.endDate >= :since
                        order by k.startDate, k.code""", ClassOffering.class)
                .setParameter("teacher", teacher).setParameter("since", today.minusMonths(1))
                .getResultStream()
                .map(k -> {
                    Optional<ClassSession> toMark = em.createQuery("""
                                    select s from ClassSession s where s.classOffering = :k and s.cancelled = false
                                      and s.startsAt < :tomorrow order by s.startsAt desc""", ClassSession.class)
                            .setParameter("k", k).setParameter("tomorrow", today.plusDays(1).atStartOfDay())
                            .setMaxResults(1).getResultStream().findFirst();
                    long learners = em.createQuery("""
                                    select count(e) from Enrolment e where e.classOffering = :k
                                      and e.status = vn.hoctap.portal.enrolment.entity.EnrolmentStatus.CONFIRMED""", Long.class)
                            .setParameter("k", k).getSingleResult();
                    return new TaughtClass(k.id(), k.code(), k.course().title(), k.course().centre().name(), k.venue().name(),
                            k.startDate(), k.endDate(), learners, toMark.map(ClassSession::id).orElse(null),
                            toMark.map(s -> s.slot().start()).orElse(null));
                }).toList();
    }

    /** Whether enrolments of the class wait for the manager's approval from now on (pending ones stay pending). */
    public void requireApproval(long classId, boolean required) {
        access.managerOfClass(classId);
        em.find(ClassOffering.class, classId).requireApproval(required);
    }

    /**
     * The manager enrols a learner the centre knows. Asking again answers the enrolment that
     * exists ({@code created} false). The manager's own enrolment needs no approval.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentView enrol(long classId, long learnerId) {
        return enrol(classId, learnerId, false);
    }

    /**
     * The same; with {@code waivePrerequisites} the manager says, knowingly, that the learner may
     * take the class without the courses it requires: when the rules refuse for those alone, each
     * missing course is recorded as recognised for the learner (who, when, for which class) and
     * the enrolment opened. Every other rule still refuses as it would.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentView enrol(long classId, long learnerId, boolean waivePrerequisites) {
        ClassPlace place = access.managerOfClass(classId);
        if (!knownToCentre(place, learnerId)) {
            throw new NotFoundException();
        }
        Optional<Long> existing = ledger.activeEnrolment(classId, learnerId);
        if (existing.isPresent()) {
            return ledger.view(existing.get(), false);
        }
        long enrolmentId;
        try {
            enrolmentId = openWaiving(classId, learnerId, waivePrerequisites ? place.callerId() : null);
        } catch (EJBException duplicate) {
            // the same enrolment stored by a request a moment earlier: that one is the answer
            return ledger.view(ledger.activeEnrolment(classId, learnerId).orElseThrow(() -> duplicate), false);
        }
        return seated(classId, enrolmentId);
    }

    private long openWaiving(long classId, long learnerId, Long waivedBy) {
        try {
            return ledger.open(classId, learnerId);
        } catch (EnrolmentRefused refused) {
            if (waivedBy == null || !Eligibility.PREREQUISITES.equals(refused.messageKey())) {
                throw refused;
            }
            completedCourses.waive(classId, learnerId, waivedBy);
            return ledger.open(classId, learnerId);
        }
    }

    /** The manager records a walk-in (or finds them again by name, birth year and group) and enrols them. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentView enrolNew(long classId, LearnerForm learner) {
        return enrolNew(classId, learner, false);
    }

    /**
     * The same, with the manager's exception for the course prerequisites as in
     * {@link #enrol(long, long, boolean)}: only when they alone refused is the learner recorded
     * with the exception, then enrolled.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentView enrolNew(long classId, LearnerForm learner, boolean waivePrerequisites) {
        ClassPlace place = access.managerOfClass(classId);
        EnrolmentLedger.Opened opened;
        try {
            opened = ledger.openRecorded(classId, learner);
        } catch (EnrolmentRefused refused) {
            if (!waivePrerequisites || !Eligibility.PREREQUISITES.equals(refused.messageKey())) {
                throw refused;
            }
            return enrol(classId, completedCourses.waiveForNew(classId, learner, place.callerId()), false);
        }
        if (!opened.created()) {
            return ledger.view(opened.enrolmentId(), false);
        }
        return seated(classId, opened.enrolmentId());
    }

    private EnrolmentView seated(long classId, long enrolmentId) {
        if (ledger.view(enrolmentId, false).status() == EnrolmentStatus.PENDING) {
            ledger.approve(enrolmentId);
        }
        seats.seat(classId, enrolmentId);
        return ledger.view(enrolmentId, true);
    }

    /** Approves a pending enrolment: it gets a seat, or a place on the waitlist when the class is full. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public EnrolmentView approve(long classId, long enrolmentId) {
        managerOf(classId, enrolmentId);
        ledger.approve(enrolmentId);
        seats.seat(classId, enrolmentId);
        return ledger.view(enrolmentId, false);
    }

    /** Refuses a pending enrolment: it is cancelled and the learner told. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refuse(long classId, long enrolmentId) {
        ledger.refuse(enrolmentId, managerOf(classId, enrolmentId).callerId());
    }

    /** Cancels any enrolment of the class, also after it began; a seat it held goes to the waitlist. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void cancel(long classId, long enrolmentId) {
        ClassPlace place = managerOf(classId, enrolmentId);
        ledger.cancelByCentre(enrolmentId, place.callerId()).ifPresent(seats::fillSeats);
    }

    /** The manager of the enrolment's class; an enrolment of another class than the one named is not found. */
    private ClassPlace managerOf(long classId, long enrolmentId) {
        ClassPlace place = access.managerOfEnrolment(enrolmentId);
        if (place.classId() != classId) {
            throw new NotFoundException();
        }
        return place;
    }

    private boolean knownToCentre(ClassPlace place, long learnerId) {
        return access.learnerKnownTo(place.centreId(), learnerId);
    }
}
