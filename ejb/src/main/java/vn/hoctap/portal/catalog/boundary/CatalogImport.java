package vn.hoctap.portal.catalog.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.control.Bookings;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.catalog.entity.Programme;
import vn.hoctap.portal.catalog.entity.PublicHoliday;
import vn.hoctap.portal.catalog.entity.TargetGroup;
import vn.hoctap.portal.catalog.entity.Timetable;
import vn.hoctap.portal.catalog.entity.Venue;
import vn.hoctap.portal.catalog.entity.VenueKind;
import vn.hoctap.portal.catalog.entity.WeeklyRecurrence;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.RichText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Loads the demo catalog from content files, once: what exists (by code) stays as it is. Each
 * class's sessions come from its weekly schedule, skipping holidays, checked against the
 * timetable like a manager's plan; a class that would clash is left out and reported.
 */
@Stateless
public class CatalogImport {

    private static final Logger LOG = Logger.getLogger(CatalogImport.class.getName());

    /** What was loaded, and the classes left out with the reason. */
    public record Report(int programmes, int holidays, int venues, int courses, int classes, int sessions,
                         List<String> problems) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Bookings bookings;

    public Report importIfAbsent(CatalogContent content) {
        int programmes = 0;
        int holidays = 0;
        int venues = 0;
        int courses = 0;
        int classes = 0;
        int sessions = 0;
        List<String> problems = new ArrayList<>();
        for (var p : content.programmes()) {
            if (byCode(Programme.class, p.code()) == null) {
                em.persist(new Programme(p.code(), p.nameVi(), p.nameEn(), p.literacy()));
                programmes++;
            }
        }
        for (var p : content.programmes()) {
            var rules = p.eligibility();
            if (rules != null) {
                byCode(Programme.class, p.code()).admit(rules.minAge(), rules.maxAge(),
                        rules.requires() == null ? null : required(Programme.class, rules.requires()), rules.orGrade());
            }
        }
        if (em.createQuery("select count(h) from PublicHoliday h", Long.class).getSingleResult() == 0) {
            for (var h : content.holidays()) {
                em.persist(new PublicHoliday(h.from(), h.to(), h.name()));
                holidays++;
            }
        }
        for (var v : content.venues()) {
            if (byCode(Venue.class, v.code()) == null) {
                em.persist(new Venue(v.code(), required(LearningCentre.class, v.centre()), v.name(),
                        VenueKind.valueOf(v.kind()), v.capacity(), v.address()));
                venues++;
            }
        }
        em.flush();
        var calendar = bookings.holidays();
        List<CatalogContent.Course> stored = new ArrayList<>();
        for (var c : content.courses()) {
            if (byCode(Course.class, c.code()) != null) {
                continue;
            }
            stored.add(c);
            Course course = new Course(c.code(), required(LearningCentre.class, c.centre()),
                    required(Programme.class, c.programme()), c.title(), c.summary());
            Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
            c.audienceGroups().forEach(g -> groups.add(TargetGroup.valueOf(g)));
            course.describe(RichText.fromPlainText(c.description()), c.minAge(), c.maxAge(), groups, c.level(), c.prerequisites());
            course.charge(c.fee());
            if (CourseStatus.valueOf(c.status()) == CourseStatus.PUBLISHED) {
                course.moveTo(CourseStatus.PUBLISHED);
            }
            em.persist(course);
            courses++;
            for (var k : c.classes()) {
                var schedule = k.schedule();
                var recurrence = new WeeklyRecurrence(Set.copyOf(schedule.days()), schedule.from(), schedule.to(),
                        k.startDate(), schedule.weeks());
                try {
                    ClassOffering offering = new ClassOffering(k.code(), course, teacher(k.teacher()), k.guestSpeaker(),
                            required(Venue.class, k.venue()), k.capacity(), k.startDate(), recurrence.lastDay());
                    var slots = recurrence.expand(calendar).slots();
                    Timetable timetable = bookings.around(offering, slots);
                    List<ClassSession> planned = new ArrayList<>();
                    for (var slot : slots) {
                        var clashes = timetable.clashesOf(offering, slot);
                        if (!clashes.isEmpty()) {
                            throw new IllegalArgumentException("clashes with " + clashes.get(0).otherClass()
                                    + " on " + slot.start());
                        }
                        planned.add(new ClassSession(offering, slot, false));
                    }
                    // checked first, stored after: a class is loaded whole or not at all
                    offering.followsPattern(slots);
                    em.persist(offering);
                    planned.forEach(em::persist);
                    em.flush();
                    sessions += planned.size();
                    classes++;
                } catch (IllegalArgumentException | BusinessException e) {
                    problems.add(k.code() + ": " + e.getMessage());
                }
            }
            // done with this course: stored, so let the persistence context forget it. Otherwise
            // every flush (one per class) dirty-checks all entities loaded so far, and a catalog of
            // thousands of classes takes longer than the transaction may (bench/catalog-throughput.sh)
            em.flush();
            em.clear();
        }
        // the courses a stored course requires, once all are there: named by code in the same file
        for (var c : stored) {
            if (!c.requires().isEmpty()) {
                try {
                    required(Course.class, c.code()).requireCompletionOf(
                            c.requires().stream().map(code -> required(Course.class, code)).toList());
                    em.flush();
                } catch (IllegalArgumentException | BusinessException e) {
                    problems.add(c.code() + " requires " + c.requires() + ": " + e.getMessage());
                }
            }
        }
        var report = new Report(programmes, holidays, venues, courses, classes, sessions, List.copyOf(problems));
        LOG.info(() -> "Catalog content: " + report);
        return report;
    }

    private Account teacher(String email) {
        if (email == null) {
            return null;
        }
        return em.createQuery("select a from Account a where a.email = :email", Account.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT))
                .getResultStream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no account " + email));
    }

    private <T> T required(Class<T> type, String code) {
        T found = byCode(type, code);
        if (found == null) {
            throw new IllegalArgumentException("No " + type.getSimpleName() + " with code " + code);
        }
        return found;
    }

    private <T> T byCode(Class<T> type, String code) {
        return em.createQuery("select x from " + type.getSimpleName() + " x where x.code = :code", type)
                .setParameter("code", code).getResultStream().findFirst().orElse(null);
    }
}
