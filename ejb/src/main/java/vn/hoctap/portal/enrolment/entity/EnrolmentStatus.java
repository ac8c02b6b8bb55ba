package vn.hoctap.portal.enrolment.entity;

/** Where an enrolment stands. Only a confirmed enrolment holds a seat. */
public enum EnrolmentStatus {
    /** Just stored; in a moment confirmed (a seat was free) or waitlisted (the class was full). */
    REQUESTED,
    /** Waiting for the manager's approval (classes in approval mode). */
    PENDING,
    CONFIRMED,
    /** The class is full: waiting, in order of request, for a seat to free up. */
    WAITLISTED,
    CANCELLED;

    public boolean active() {
        return this != CANCELLED;
    }
}
