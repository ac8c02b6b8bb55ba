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
 * who enrol, approve or cancel: a waiting enrolment claims a seat or a waitlist ticket and is
 * settled; a freed seat goes down the waitlist. Each step is a short transaction of the
 * {@link EnrolmentLedger}; this class holds none, so no lock outlives a statement.
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
        int ticket = seats.claim(classId) ? 0 : seats.takeTicket(classId);
        Optional<EnrolmentView> settled = ledger.settle(enrolmentId, ticket);
        if (settled.isPresent()) {
            return settled.get();
        }
        if (ticket == 0) {
            seats.giveBack(classId);
            fillSeats(classId);
        }
        return ledger.view(enrolmentId, true);
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
            if (!seats.claim(classId)) {
                return;
            }
            if (!ledger.promote(waiting)) {
                seats.giveBack(classId);
            }
        }
    }
}
