package vn.hoctap.portal.events.entity;

/** A resident's registration for an event: holding a seat, in line for one, or withdrawn. */
public enum RsvpStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
