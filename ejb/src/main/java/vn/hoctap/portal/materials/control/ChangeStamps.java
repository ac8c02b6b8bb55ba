package vn.hoctap.portal.materials.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Change stamps of materials, for the search index to catch up from. A stamp comes from the one
 * row of {@code material_stamp}, incremented in the changing transaction, whose row lock is held
 * until that transaction ends: the next change waits for it, so stamps become visible in the order
 * they were handed out, and "everything after stamp s" never misses a change committed late.
 * Take a stamp last in a transaction, to hold the lock briefly, and after the material's own row
 * is written or locked: every transaction locks the two rows in that order, so none waits for
 * another in a circle.
 */
@ApplicationScoped
public class ChangeStamps {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The next stamp; requires a transaction. */
    public long next() {
        em.createNativeQuery("update material_stamp set last_stamp = last_stamp + 1 where id = 1").executeUpdate();
        return latest();
    }

    /** The last stamp handed out and committed (or handed out in this transaction). */
    public long latest() {
        return ((Number) em.createNativeQuery("select last_stamp from material_stamp where id = 1").getSingleResult())
                .longValue();
    }
}
