package vn.hoctap.portal.enrolment.boundary;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.hoctap.portal.enrolment.control.EnrolmentLedger;
import vn.hoctap.portal.enrolment.control.SeatAllocation;
import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;
import vn.hoctap.portal.identity.boundary.CallerAccount;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.platform.BusinessException;

import java.util.List;
import java.util.Optional;

/**
 * A resident enrols in a class, sees their enrolments and cancels one. Enrolling is idempotent:
 * asking again (a double click, a retried request, twenty at once) answers the enrolment that
 * exists. The steps run as short transactions of their own ({@link EnrolmentLedger}, seats through
 * {@link SeatAllocation}, shared with the managers' roster); this facade holds none, so no lock
 * outlives a statement.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EnrolmentDesk {

    @Inject
    CallerAccount caller;

    @Inject
    EnrolmentLedger ledger;

    @Inject
    SeatAllocation seats;

    public EnrolmentView enrol(long classId) {
        long resident = caller.requireId(Role.RESIDENT, () -> new BusinessException("enrolment.residentsOnly"));
        EnrolmentLedger.OpenedForResident opened;
        try {
            opened = ledger.openForResident(classId, resident);
        } catch (EJBException concurrentRequest) {
            // another request of the same resident stored the learner or the enrolment first: that one is the answer
            long learnerId = ledger.learnerOf(resident);
            return settled(ledger.activeEnrolment(classId, learnerId).orElseThrow(() -> concurrentRequest));
        }
        if (!opened.created()) {
            return settled(opened.enrolmentId());
        }
        if (opened.pending()) {
            return view(opened.enrolmentId(), true);
        }
        return seats.seatRequested(classId, opened.enrolmentId());
    }

    /** The enrolment another request of the same learner is storing, once it knows whether it has a seat. */
    private EnrolmentView settled(long enrolmentId) {
        EnrolmentView view = view(enrolmentId, false);
        for (int i = 0; i < 250 && view.status() == EnrolmentStatus.REQUESTED; i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            view = view(enrolmentId, false);
        }
        return view;
    }

    /** A resident cancels their own enrolment: a waiting one any time, a confirmed one before the class starts. */
    public void cancel(long enrolmentId) {
        Account resident = caller.require();
        Optional<Long> freedSeatOf = ledger.cancelOwn(enrolmentId, resident.id());
        freedSeatOf.ifPresent(seats::fillSeats);
    }

    /** The caller's enrolment in a class that is not cancelled, if any (none for visitors). */
    public Optional<EnrolmentView> mineIn(long classId) {
        return caller.current().flatMap(account -> ledger.enrolmentsOf(account.id()).stream()
                .filter(e -> e.classId() == classId && e.status() != EnrolmentStatus.CANCELLED).findFirst());
    }

    /** For each of the caller's enrolments: the next session of the class and the attendance marked so far. */
    public java.util.Map<Long, LearningProgress> progress() {
        return ledger.progressOf(caller.require().id());
    }

    /** The caller's own enrolments, newest first. */
    public List<EnrolmentView> mine() {
        return ledger.enrolmentsOf(caller.require().id());
    }

    private EnrolmentView view(long enrolmentId, boolean created) {
        return ledger.view(enrolmentId, created);
    }
}
