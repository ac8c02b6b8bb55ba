package vn.hoctap.portal.catalog.boundary;

import vn.hoctap.portal.catalog.entity.VenueKind;

import java.io.Serializable;

/** A venue of a centre, with the number of classes planned there. */
public record VenueRow(long id, String name, VenueKind kind, int capacity, String address, long classes)
        implements Serializable {
}
