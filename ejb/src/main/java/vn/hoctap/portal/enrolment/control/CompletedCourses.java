package vn.hoctap.portal.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.Course;
import vn.hoctap.portal.enrolment.boundary.LearnerForm;
import vn.hoctap.portal.enrolment.entity.Learner;
import vn.hoctap.portal.enrolment.entity.PrerequisiteWaiver;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The courses a learner has completed, as the course prerequisites read them: a result COMPLETED
 * in any class of the course, or the exception a manager recorded ({@link PrerequisiteWaiver}).
 * Recording the exception is a step of its own, taken only when the manager says so after the
 * rules refused for prerequisites alone.
 */
@Stateless
public class CompletedCourses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    LearnerIntake intake;

    @Inject
    Clock clock;

    /** The codes of the courses the learner completed or was recognised for, in the caller's transaction. */
    public Set<String> of(long learnerId) {
        Set<String> codes = new HashSet<>(em.createQuery("""
                        select distinct k.course.code from Enrolment e join e.classOffering k
                        where e.learner.id = :learner
                          and e.result = vn.hoctap.portal.enrolment.entity.LearningResult.COMPLETED""", String.class)
                .setParameter("learner", learnerId).getResultList());
        codes.addAll(em.createQuery("select w.course.code from PrerequisiteWaiver w where w.learner.id = :learner", String.class)
                .setParameter("learner", learnerId).getResultList());
        return codes;
    }

    /**
     * The manager's exception for a learner the centre knows: each course the class requires that
     * the learner has not completed is recorded as recognised, with who and when.
     *
     * @return the courses recorded (none when nothing was missing)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> waive(long classId, long learnerId, long byAccountId) {
        Learner learner = em.find(Learner.class, learnerId);
        if (learner == null) {
            throw new NotFoundException();
        }
        return waive(em.find(ClassOffering.class, classId), learner, byAccountId);
    }

    /** The same for a walk-in, who is recorded (or found again) first: the one thing that refused them was the prerequisites. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long waiveForNew(long classId, LearnerForm form, long byAccountId) {
        ClassOffering offering = em.find(ClassOffering.class, classId);
        Learner learner = intake.findOrRecord(offering.course().centre(), form);
        waive(offering, learner, byAccountId);
        return learner.id();
    }

    private List<String> waive(ClassOffering offering, Learner learner, long byAccountId) {
        if (offering == null) {
            throw new NotFoundException();
        }
        Account by = em.find(Account.class, byAccountId);
        List<Course> missing = offering.course().missingPrerequisites(of(learner.id()));
        for (Course course : missing) {
            em.persist(new PrerequisiteWaiver(learner, course, offering, by, clock.instant()));
        }
        em.flush();
        return missing.stream().map(Course::title).toList();
    }
}
