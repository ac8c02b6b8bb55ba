package vn.hoctap.portal.assessment.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.assessment.entity.Assessment;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.organisation.entity.AdministrativeUnit;
import vn.hoctap.portal.organisation.entity.LearningCentre;
import vn.hoctap.portal.organisation.entity.UnitLevel;
import vn.hoctap.portal.platform.AccessDeniedException;
import vn.hoctap.portal.platform.NotFoundException;

/**
 * Who may do what with the learning titles. Reviewers of a ward are the managers of the ward's
 * centre and the administrators above it ({@link CallerAccount#requireManagerOf}); an assessment
 * is seen by its owner and its ward's reviewers — to another resident it does not exist (404),
 * to staff of another ward it is forbidden (403). Criteria sets are published by the city's
 * administrators; targets and population figures are entered by administrators above the ward.
 */
@ApplicationScoped
public class TitleAccess {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    /** The caller, when they review the ward's assessments. */
    public Account reviewerOf(AdministrativeUnit ward) {
        LearningCentre centre = em.createQuery("select c from LearningCentre c where c.ward = :w", LearningCentre.class)
                .setParameter("w", ward).getResultStream().findFirst().orElseThrow(AccessDeniedException::new);
        caller.requireManagerOf(centre.id());
        return caller.require();
    }

    /** The ward (a unit of level WARD), when the caller reviews it. */
    public AdministrativeUnit reviewedWard(long wardId) {
        AdministrativeUnit ward = ward(wardId);
        reviewerOf(ward);
        return ward;
    }

    public AdministrativeUnit ward(long wardId) {
        AdministrativeUnit ward = em.find(AdministrativeUnit.class, wardId);
        if (ward == null || ward.level() != UnitLevel.WARD) {
            throw new NotFoundException();
        }
        return ward;
    }

    /** The assessment, for its owner or a reviewer of its ward. */
    public Assessment readable(long assessmentId) {
        Assessment assessment = find(assessmentId);
        Account me = caller.require();
        if (assessment.isOwnedBy(me)) {
            return assessment;
        }
        if (me.role() == Role.RESIDENT) {
            throw new NotFoundException();
        }
        reviewerOf(assessment.ward());
        return assessment;
    }

    /** The assessment, for its owner only (a resident changing their own answers). */
    public Assessment owned(long assessmentId) {
        Assessment assessment = find(assessmentId);
        Account me = caller.require();
        if (!assessment.isOwnedBy(me)) {
            if (me.role() == Role.RESIDENT) {
                throw new NotFoundException();
            }
            throw new AccessDeniedException();
        }
        return assessment;
    }

    /** The caller, signed in. */
    public Account me() {
        return caller.require();
    }

    /** The caller, when they are a resident (who assesses themself or what they represent). */
    public Account resident() {
        Account me = caller.require();
        if (me.role() != Role.RESIDENT || me.residentialGroup() == null) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The caller, when they are an administrator of a city (criteria sets hold for the whole city). */
    public Account cityAdministrator() {
        Account me = caller.requireAdministrator();
        if (me.adminUnit() == null || me.adminUnit().level() != UnitLevel.CITY) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The caller, when they are an administrator above the ward (its district or city). */
    public Account administratorOf(AdministrativeUnit unit) {
        Account me = caller.requireAdministrator();
        if (!me.mayManage(unit)) {
            throw new AccessDeniedException();
        }
        return me;
    }

    /** The caller, when they review the unit's figures: the ward's reviewers, or administrators above a district. */
    public Account statisticsOf(AdministrativeUnit unit) {
        if (unit.level() == UnitLevel.WARD) {
            return reviewerOf(unit);
        }
        return administratorOf(unit);
    }

    private Assessment find(long id) {
        Assessment assessment = em.find(Assessment.class, id);
        if (assessment == null) {
            throw new NotFoundException();
        }
        return assessment;
    }
}
