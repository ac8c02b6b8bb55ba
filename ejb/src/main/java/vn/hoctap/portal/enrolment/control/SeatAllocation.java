package vn.hoctap.portal.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;
import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;

import java.util.Optional;

/**
 * The one place where seats are handed out, for residents who enrol themselves and for managers
 * who enrol, approve or cancel, and for residents who register for an event with a capacity: a
 * waiting holder (enrolment or registration) claims a seat or a waitlist ticket and is settled; a
 * freed seat goes down the waitlist. Each step is a short transaction of a {@link SeatLedger}
 * ({@link EnrolmentLedger} for classes); this class holds none, so no lock outlives a statement.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeatAllocation {

    @Inject
    EnrolmentLedger ledger;

    @Inject
    SeatCounter seats;

    /** Claims a seat for a waiting enrolment and settles it; a seat it cannot use goes back. Pending ones wait for approval. */
    public void seat(long classId, long enrolmentId) {
        if (ledger.view(enrolmentId, false).status() == EnrolmentStatus.PENDING) {
            return;
        }
        seatRequested(classId, enrolmentId);
    }

    /**
     * The same for an enrolment known to be requested (not pending): no need to read it first.
     *
     * @return the enrolment as it stands now: confirmed, waitlisted with its place, or cancelled meanwhile
     */
    public EnrolmentView seatRequested(long classId, long enrolmentId) {
        return seatRequested(ledger, SeatRow.ofClass(classId), enrolmentId);
    }

    /** Gives the free seats of a class to its waitlist. */
    public void fillSeats(long classId) {
        fillSeats(ledger, SeatRow.ofClass(classId));
    }

    /**
     * A seat of {@code row}, else a waitlist ticket, for a waiting holder of {@code ledger}; a
     * seat it can no longer use goes back and on to the waitlist.
     *
     * @return the holder as it stands now
     */
    public <V> V seatRequested(SeatLedger<V> ledger, SeatRow row, long holderId) {
        int ticket = seats.claim(row) ? 0 : seats.takeTicket(row);
        Optional<V> settled = ledger.settle(holderId, ticket);
        if (settled.isPresent()) {
            return settled.get();
        }
        if (ticket == 0) {
            seats.giveBack(row);
            fillSeats(ledger, row);
        }
        return ledger.view(holderId, true);
    }

    /**
     * Gives free seats to the waitlist, first come first, skipping anyone no longer eligible.
     * Each promotion is a claim and a guarded confirmation, like an enrolment.
     */
    public <V> void fillSeats(SeatLedger<V> ledger, SeatRow row) {
        for (long waiting : ledger.waitlist(row.id())) {
            if (!ledger.stillEligible(waiting)) {
                continue;
            }
            if (!seats.claim(row)) {
                return;
            }
            if (!ledger.promote(waiting)) {
                seats.giveBack(row);
            }
        }
    }
}
