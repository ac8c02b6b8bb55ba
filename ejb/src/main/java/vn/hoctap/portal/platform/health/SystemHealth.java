package vn.hoctap.portal.platform.health;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/** Whether the portal can reach its database, and which schema version it runs on. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class SystemHealth {

    public record Report(boolean up, String database, String schemaVersion) {
    }

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public Report check() {
        try {
            Object version = em.createNativeQuery("select version()").getSingleResult();
            Object schema = em.createNativeQuery(
                    "select max(cast(version as unsigned)) from flyway_schema_history where success = 1").getSingleResult();
            return new Report(true, String.valueOf(version), String.valueOf(schema));
        } catch (PersistenceException e) {
            return new Report(false, e.getClass().getSimpleName(), null);
        }
    }
}
