package vn.hoctap.portal.events.entity;

/** Who organises an event: a learning centre, a school, a library or an association. */
public enum OrganiserKind {
    CENTRE, SCHOOL, LIBRARY, ASSOCIATION
}
