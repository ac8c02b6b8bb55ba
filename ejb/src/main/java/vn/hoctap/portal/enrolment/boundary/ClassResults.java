package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.enrolment.control.ClassAccess;
import vn.hoctap.portal.enrolment.entity.Enrolment;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InputValidation;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Results, recorded by the class's teacher or its manager once the class has begun: completed or
 * not, and in a literacy class the level it gives (1 after phase 1, 2 after phase 2). A completed
 * literacy phase 1 admits to phase 2. Once a certificate is issued the result stands.
 */
@Stateless
public class ClassResults {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    ClassAccess access;

    @Inject
    InputValidation validation;

    @Inject
    Clock clock;

    /** @return true when the result changed */
    public boolean record(long enrolmentId, ResultForm form) {
        access.staffOfEnrolment(enrolmentId);
        validation.require(form);
        return apply(em.find(Enrolment.class, enrolmentId), form);
    }

    /**
     * The results page saves every learner at once: all or nothing.
     *
     * @return how many results changed
     */
    public int recordAll(long classId, Map<Long, ResultForm> results) {
        access.staffOfClass(classId);
        int changed = 0;
        for (var entry : results.entrySet()) {
            validation.require(entry.getValue());
            Enrolment enrolment = em.find(Enrolment.class, entry.getKey());
            if (enrolment == null || !enrolment.classOffering().id().equals(classId)) {
                throw new NotFoundException();
            }
            changed += apply(enrolment, entry.getValue()) ? 1 : 0;
        }
        return changed;
    }

    private boolean apply(Enrolment enrolment, ResultForm form) {
        boolean certified = !em.createQuery("select c.id from Certificate c where c.enrolment = :e", Long.class)
                .setParameter("e", enrolment).getResultList().isEmpty();
        Integer level = form.literacyLevel();
        String note = form.note();
        if (certified) {
            // the certificate printed this result: only the note may still change
            if (form.result() != enrolment.result() || (level != null && !level.equals(enrolment.literacyLevel()))) {
                throw new BusinessException("result.certified");
            }
        }
        return enrolment.recordResult(form.result(), level, note, LocalDate.now(clock));
    }
}
