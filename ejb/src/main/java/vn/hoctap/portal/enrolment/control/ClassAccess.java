package vn.hoctap.portal.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.catalog.entity.ClassSession;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.enrolment.entity.Learner;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.NotFoundException;

import java.util.List;

/**
 * Who may run a class: its centre's manager (or an administrator above the centre) for
 * everything; the class's own teacher for the roster, attendance, results and the class records.
 * Every service of the roster asks here first, with the class, session or enrolment it acts on:
 * unknown ones are not found (404), others' are forbidden (403). It joins the caller's transaction,
 * or runs its own for the roster's orchestrations, which hold none.
 */
@Stateless
public class ClassAccess {

    /** Who acts on which class: the caller, and whether they manage it (or only teach it). */
    public record ClassPlace(long classId, long centreId, long callerId, boolean manages) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    LearnerIntake intake;

    public ClassPlace managerOfClass(long classId) {
        return manager(offering(classId));
    }

    public ClassPlace staffOfClass(long classId) {
        return staff(offering(classId));
    }

    public ClassPlace managerOfEnrolment(long enrolmentId) {
        return manager(enrolment(enrolmentId).classOffering());
    }

    public ClassPlace staffOfEnrolment(long enrolmentId) {
        return staff(enrolment(enrolmentId).classOffering());
    }

    public ClassPlace staffOfSession(long sessionId) {
        ClassSession session = em.find(ClassSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException();
        }
        return staff(session.classOffering());
    }

    /** Whether the centre knows the learner (its ward's resident, or a learner of one of its classes). */
    public boolean learnerKnownTo(long centreId, long learnerId) {
        return intake.knownTo(em.find(LearningCentre.class, centreId), learnerId);
    }

    /**
     * A learner's record is for the managers of the centres that know them: of the ward they live
     * in, or of a class they enrolled in.
     */
    public void managerOfLearner(long learnerId) {
        Learner learner = em.find(Learner.class, learnerId);
        if (learner == null) {
            throw new NotFoundException();
        }
        Account account = caller.require();
        List<LearningCentre> centres = em.createQuery("""
                        select c from LearningCentre c where c.ward = :ward
                           or exists (select 1 from Enrolment e where e.learner = :learner and e.classOffering.course.centre = c)""",
                        LearningCentre.class)
                .setParameter("ward", learner.residentialGroup() == null ? null : learner.residentialGroup().ward())
                .setParameter("learner", learner).getResultList();
        if (centres.stream().noneMatch(account::mayManage)) {
            throw new AccessDeniedException();
        }
    }

    private ClassPlace manager(ClassOffering offering) {
        long centreId = offering.course().centre().id();
        caller.requireManagerOf(centreId);
        return new ClassPlace(offering.id(), centreId, caller.require().id(), true);
    }

    private ClassPlace staff(ClassOffering offering) {
        long centreId = offering.course().centre().id();
        Long teacherId = offering.teacher() == null ? null : offering.teacher().id();
        Account account = caller.requireManagerOrTeacher(centreId, teacherId);
        return new ClassPlace(offering.id(), centreId, account.id(), account.mayManage(offering.course().centre()));
    }

    private ClassOffering offering(long classId) {
        ClassOffering offering = em.find(ClassOffering.class, classId);
        if (offering == null) {
            throw new NotFoundException();
        }
        return offering;
    }

    private Enrolment enrolment(long enrolmentId) {
        Enrolment enrolment = em.find(Enrolment.class, enrolmentId);
        if (enrolment == null) {
            throw new NotFoundException();
        }
        return enrolment;
    }
}
