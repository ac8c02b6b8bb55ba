package vn.hoctap.portal.web.events.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.events.boundary.Rsvps;
import vn.hoctap.portal.events.boundary.RsvpView;

import java.util.List;

/**
 * A resident's registrations: {@code GET /api/rsvps} (their own), {@code DELETE /api/rsvps/{id}}
 * (cancels one before the event; the first in line gets the seat), {@code GET /api/rsvps/feed}
 * (the token of their private calendar address {@code /api/feeds/me/{token}.ics}).
 */
@Path("rsvps")
@Produces(MediaType.APPLICATION_JSON)
public class RsvpResource {

    @Inject
    Rsvps rsvps;

    public record FeedAddress(String token, String path) {
    }

    @GET
    public List<RsvpView> mine() {
        return rsvps.mine();
    }

    @DELETE
    @Path("{id: \\d+}")
    public Response cancel(@PathParam("id") long id) {
        rsvps.cancel(id);
        return Response.noContent().build();
    }

    @GET
    @Path("feed")
    public FeedAddress feed() {
        String token = rsvps.feedToken();
        return new FeedAddress(token, "/api/feeds/me/" + token + ".ics");
    }
}
