package vn.hoctap.portal.enrolment.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;

/**
 * The one place where seats are handed out, for residents who enrol themselves and for managers
 * who enrol, approve or cancel: a waiting enrolment claims a seat or a waitlist ticket and is
 * settled; a freed seat goes down the waitlist. Each step is a short transaction of the
 * {@link EnrolmentLedger}; this class holds none, so no lock outlives a statement.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SeatAllocation {

    @Inject
    EnrolmentLedger ledger;

    /** Claims a seat for a waiting enrolment and settles it; a seat it cannot use goes back. Pending ones wait for approval. */
    public void seat(long classId, long enrolmentId) {
        if (ledger.view(enrolmentId, false).status() == EnrolmentStatus.PENDING) {
            return;
        }
        seatRequested(classId, enrolmentId);
    }

    /** The same for an enrolment known to be requested (not pending): no need to read it first. */
    public void seatRequested(long classId, long enrolmentId) {
        int ticket = ledger.claimSeatOrTicket(classId);
        if (!ledger.settle(enrolmentId, ticket)) {
            ledger.releaseSeat(classId);
            fillSeats(classId);
        }
    }

    /**
     * Gives free seats to the waitlist, first come first, skipping anyone no longer eligible.
     * Each promotion is a claim and a guarded confirmation, like an enrolment.
     */
    public void fillSeats(long classId) {
        for (long waiting : ledger.waitlist(classId)) {
            if (!ledger.stillEligible(waiting)) {
                continue;
            }
            if (!ledger.claimSeat(classId)) {
                return;
            }
            if (!ledger.promote(waiting)) {
                ledger.releaseSeat(classId);
            }
        }
    }
}
