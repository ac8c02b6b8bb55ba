package vn.hoctap.portal.catalog.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoctap.portal.catalog.entity.ClassOffering;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.platform.NotFoundException;

/** A class the caller may change: found (else 404) and of a centre the caller manages (else 403). */
@ApplicationScoped
public class ManagedClasses {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CallerAccount caller;

    public ClassOffering require(long classId) {
        ClassOffering offering = em.find(ClassOffering.class, classId);
        if (offering == null) {
            throw new NotFoundException();
        }
        caller.requireManagerOf(offering.course().centre().id());
        return offering;
    }
}
