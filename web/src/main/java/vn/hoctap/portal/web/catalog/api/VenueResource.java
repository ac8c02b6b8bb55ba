package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.catalog.boundary.ReferenceLists;
import vn.hoctap.portal.platform.InvalidInputException;

/** {@code PUT /api/venues/{id}/capacity} with {@code {"capacity":60}}: never below a class planned there. */
@Path("venues/{id}/capacity")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class VenueResource {

    @Inject
    ReferenceLists lists;

    @PUT
    public void changeCapacity(@PathParam("id") long venueId, CapacityChange change) {
        if (change == null || change.capacity() == null) {
            throw InvalidInputException.of("capacity", "venue.capacity.positive");
        }
        lists.changeVenueCapacity(venueId, change.capacity());
    }
}
