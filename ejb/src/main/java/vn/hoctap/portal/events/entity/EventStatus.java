package vn.hoctap.portal.events.entity;

/** An event takes place as planned or was cancelled (calendars then show it cancelled). */
public enum EventStatus {
    SCHEDULED, CANCELLED
}
