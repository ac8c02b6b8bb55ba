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
import java.util.Optional;

/**
 * The seats and waitlist tickets of a class or an event, counted in its {@link SeatRow} (a row of
 * {@code class_seats} or {@code event_seats}). Claiming a seat is
 * the one contended step of enrolling, so a claim is a single statement that commits on its own
 * (outside any transaction, in auto-commit): the row is locked for the length of that statement
 * inside the database and never while the server does anything else. (As the last statement of a
 * transaction, the lock lasted until the server's commit came back: in a burst of hundreds of
 * requests on two cores, the thread holding it waited for the CPU and every other claim waited for
 * that thread.) Every change of a class's seats moves the public catalog's {@link CatalogVersion}
 * on: the seats left are on its pages.
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
    public boolean claim(SeatRow row) {
        return committedAtOnce(row, "update $table set seats_taken = seats_taken + 1 where $key = ? and seats_taken < capacity") == 1;
    }

    /** The next waitlist ticket (1 for the first person in line), committed at once. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int takeTicket(SeatRow row) {
        try (Connection connection = autoCommitting();
             PreparedStatement next = connection.prepareStatement(
                     row.sql("update $table set waitlist_tickets = last_insert_id(waitlist_tickets + 1) where $key = ?"));
             PreparedStatement ticket = connection.prepareStatement("select last_insert_id()")) {
            next.setLong(1, row.id());
            if (next.executeUpdate() != 1) {
                throw new IllegalStateException(row + " has no seats row");
            }
            try (ResultSet result = ticket.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("taking a waitlist ticket of " + row, e);
        }
    }

    /** Gives back a seat claimed for a holder that no longer wanted it, committed at once. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void giveBack(SeatRow row) {
        committedAtOnce(row, "update $table set seats_taken = seats_taken - 1 where $key = ? and seats_taken > 0");
    }

    /** Frees a seat in the caller's transaction: with the cancellation that frees it, or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(SeatRow row) {
        em.createNativeQuery(row.sql("update $table set seats_taken = seats_taken - 1 where $key = ? and seats_taken > 0"))
                .setParameter(1, row.id()).executeUpdate();
        changed(row);
    }

    /**
     * Opens, resizes or closes the seats of an event in the caller's transaction: a row with the
     * capacity and the seats already taken, the capacity of the row there is, or no row (no
     * capacity, open to all). The check {@code seats_taken <= capacity} refuses a capacity below
     * the seats taken meanwhile.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setCapacity(SeatRow row, Integer capacity, int seatsTaken) {
        if (capacity == null) {
            em.createNativeQuery(row.sql("delete from $table where $key = ?")).setParameter(1, row.id()).executeUpdate();
        } else {
            em.createNativeQuery(row.sql("""
                            insert into $table ($key, capacity, seats_taken, waitlist_tickets) values (?, ?, ?, 0)
                            on duplicate key update capacity = values(capacity)"""))
                    .setParameter(1, row.id()).setParameter(2, capacity).setParameter(3, seatsTaken).executeUpdate();
        }
        changed(row);
    }

    /** The seats taken, or empty when the row does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Integer> taken(SeatRow row) {
        return em.createNativeQuery(row.sql("select seats_taken from $table where $key = ?"))
                .setParameter(1, row.id()).getResultStream().findFirst().map(n -> ((Number) n).intValue());
    }

    private int committedAtOnce(SeatRow row, String sql) {
        try (Connection connection = autoCommitting(); PreparedStatement update = connection.prepareStatement(row.sql(sql))) {
            update.setLong(1, row.id());
            int changed = update.executeUpdate();
            if (changed > 0) {
                // after the commit: a page read before it carries the older version
                changed(row);
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("counting the seats of " + row, e);
        }
    }

    private void changed(SeatRow row) {
        if (row.kind().inCatalog) {
            catalogVersion.changing();
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
