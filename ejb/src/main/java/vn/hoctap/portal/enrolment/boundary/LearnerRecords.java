package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.enrolment.control.ClassAccess;
import vn.hoctap.portal.enrolment.control.LearnerIntake;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;
import vn.hoctap.portal.enrolment.entity.Learner;
import vn.hoctap.portal.enrolment.entity.PrerequisiteWaiver;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.platform.InputValidation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The learners a centre knows — residents of its ward and anyone who learnt in its classes — for
 * its manager: found by name, recorded (walk-ins, the household survey), their schooling noted
 * (grade 3 admits to literacy phase 2), each one's path through classes and the prerequisite
 * exceptions recorded for them.
 */
@Stateless
public class LearnerRecords {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    @Inject
    ClassAccess access;

    @Inject
    LearnerIntake intake;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    public List<LearnerMatch> search(long centreId, String query) {
        var centre = caller.requireManagerOf(centreId);
        return intake.search(centre, query, 20).stream()
                .map(l -> new LearnerMatch(l.id(), l.fullName(), l.birthYear(),
                        l.residentialGroup() == null ? null : l.residentialGroup().name(), l.phone()))
                .toList();
    }

    /** Records a learner (or finds the same person already recorded). @return the learner's id */
    public long record(long centreId, LearnerForm form) {
        return intake.findOrRecord(caller.requireManagerOf(centreId), form).id();
    }

    public void recordSchooling(long learnerId, SchoolingForm form) {
        access.managerOfLearner(learnerId);
        validation.require(form);
        em.find(Learner.class, learnerId).recordSchooling(form.completedGrade());
    }

    public LearnerFile learner(long learnerId) {
        access.managerOfLearner(learnerId);
        Learner l = em.find(Learner.class, learnerId);
        Map<Long, String> certificates = new HashMap<>();
        for (Object[] row : em.createQuery("""
                        select c.enrolment.id, c.verificationCode from Certificate c where c.enrolment.learner = :l""", Object[].class)
                .setParameter("l", l).getResultList()) {
            certificates.put((Long) row[0], (String) row[1]);
        }
        List<LearnerFile.Step> path = em.createQuery("""
                        select e from Enrolment e join fetch e.classOffering
                        where e.learner = :l order by e.classOffering.startDate, e.id""", Enrolment.class)
                .setParameter("l", l).getResultStream()
                .map(e -> {
                    var k = e.classOffering();
                    var course = k.course();
                    return new LearnerFile.Step(e.id(), k.id(), k.code(), course.title(), course.programme().nameVi(),
                            course.programme().literacy(), course.centre().name(), k.startDate(), k.endDate(), e.status(),
                            e.result(), e.literacyLevel(), certificates.get(e.id()));
                }).toList();
        Integer level = path.stream().filter(s -> s.status() == EnrolmentStatus.CONFIRMED)
                .map(LearnerFile.Step::literacyLevel).filter(Objects::nonNull)
                .max(Integer::compare).orElse(null);
        return new LearnerFile(l.id(), l.fullName(), l.birthYear(),
                l.residentialGroup() == null ? null : l.residentialGroup().name(), l.phone(), l.account() != null,
                l.completedGrade(), level, path, waivers(l));
    }

    private List<LearnerFile.Waiver> waivers(Learner l) {
        return em.createQuery("""
                        select w from PrerequisiteWaiver w join fetch w.course join fetch w.waivedBy left join fetch w.forClass
                        where w.learner = :l order by w.waivedAt""", PrerequisiteWaiver.class)
                .setParameter("l", l).getResultStream()
                .map(w -> new LearnerFile.Waiver(w.course().title(), w.forClass() == null ? null : w.forClass().code(),
                        w.waivedBy().fullName(), LocalDate.ofInstant(w.waivedAt(), clock.getZone())))
                .toList();
    }
}
