package vn.hoctap.portal.catalog.entity;

/** A room of the centre, or a place outside it (a residential group's cultural house, a hall). */
public enum VenueKind {
    CENTRE_ROOM, OUTSIDE_PLACE
}
