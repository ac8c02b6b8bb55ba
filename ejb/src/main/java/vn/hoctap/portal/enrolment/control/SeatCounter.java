package vn.hoctap.portal.enrolment.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoctap.portal.catalog.boundary.CatalogVersion;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A class's seats and waitlist tickets, counted in its {@code class_seats} row. Claiming a seat is
 * the one contended step of enrolling, so a claim is a single statement that commits on its own
 * (outside any transaction, in auto-commit): the row is locked for the length of that statement
 * inside the database and never while the server does anything else. (As the last statement of a
 * transaction, the lock lasted until the server's commit came back: in a burst of hundreds of
 * requests on two cores, the thread holding it waited for the CPU and every other claim waited for
 * that thread.) Every change moves the public catalog's {@link CatalogVersion} on: the seats left
 * are on its pages.
 */
@ApplicationScoped
public class SeatCounter {

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    DataSource database;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    CatalogVersion catalogVersion;

    /** A seat if one is free, committed at once. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean claim(long classId) {
        return committedAtOnce("update class_seats set seats_taken = seats_taken + 1 where class_id = ? and seats_taken < capacity",
                classId) == 1;
    }

    /** The class's next waitlist ticket (1 for the first person in line), committed at once. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int takeTicket(long classId) {
        try (Connection connection = autoCommitting();
             PreparedStatement next = connection.prepareStatement(
                     "update class_seats set waitlist_tickets = last_insert_id(waitlist_tickets + 1) where class_id = ?");
             PreparedStatement ticket = connection.prepareStatement("select last_insert_id()")) {
            next.setLong(1, classId);
            if (next.executeUpdate() != 1) {
                throw new IllegalStateException("class " + classId + " has no seats row");
            }
            try (ResultSet result = ticket.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("taking a waitlist ticket of class " + classId, e);
        }
    }

    /** Gives back a seat claimed for an enrolment that no longer wanted it, committed at once. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void giveBack(long classId) {
        committedAtOnce("update class_seats set seats_taken = seats_taken - 1 where class_id = ? and seats_taken > 0", classId);
    }

    /** Frees a seat in the caller's transaction: with the cancellation that frees it, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(long classId) {
        em.createNativeQuery("update class_seats set seats_taken = seats_taken - 1 where class_id = ? and seats_taken > 0")
                .setParameter(1, classId).executeUpdate();
        catalogVersion.changing();
    }

    private int committedAtOnce(String sql, long classId) {
        try (Connection connection = autoCommitting(); PreparedStatement update = connection.prepareStatement(sql)) {
            update.setLong(1, classId);
            int changed = update.executeUpdate();
            if (changed > 0) {
                // after the commit: a page read before it carries the older version
                catalogVersion.changing();
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("counting the seats of class " + classId, e);
        }
    }

    /** A connection of the portal's pool outside any transaction, in auto-commit. */
    private Connection autoCommitting() throws SQLException {
        Connection connection = database.getConnection();
        if (!connection.getAutoCommit()) {
            connection.setAutoCommit(true);
        }
        return connection;
    }
}
