package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.enrolment.boundary.MyCalendarFeed;
import vn.hoctap.portal.platform.calendar.IcsWriter;

/**
 * {@code GET /api/feeds/private/{token}.ics}: a resident's sessions for their phone's calendar.
 * No sign-in (calendar apps cannot): the unguessable token is the key; a wrong one is a 404.
 */
@Path("feeds/private")
public class PrivateFeedResource {

    @Inject
    MyCalendarFeed feed;

    @GET
    @Path("{token}.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("token") String token) {
        return Response.ok(feed.calendar(token), IcsWriter.MEDIA_TYPE).header("Cache-Control", "private, no-store").build();
    }
}
