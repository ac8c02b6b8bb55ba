package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.catalog.boundary.ReferenceLists;
import vn.hoctap.portal.catalog.boundary.VenueForm;
import vn.hoctap.portal.catalog.boundary.VenueRow;

import java.util.List;
import java.util.Map;

/** A centre's venues for its manager: {@code GET} lists them, {@code POST} adds one. */
@Path("centres/{id}/venues")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CentreVenueResource {

    @Inject
    ReferenceLists lists;

    @GET
    public List<VenueRow> venues(@PathParam("id") long centreId) {
        return lists.venues(centreId);
    }

    @POST
    public Response add(@PathParam("id") long centreId, VenueForm form) {
        long id = lists.addVenue(centreId, form);
        return Response.created(UriBuilder.fromPath("/api/centres/{centre}/venues").build(centreId))
                .entity(Map.of("id", id)).build();
    }
}
