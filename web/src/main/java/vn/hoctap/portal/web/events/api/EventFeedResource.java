package vn.hoctap.portal.web.events.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.events.boundary.EventFeeds;
import vn.hoctap.portal.platform.calendar.IcsWriter;

/**
 * Events for calendar apps (no sign-in: calendar apps cannot):
 * {@code GET /api/feeds/{centre|ward|district|campaign}/{code}.ics} public, and
 * {@code GET /api/feeds/me/{token}.ics} the events a resident registered for, behind the
 * unguessable token of their calendar address. Anything unknown is a 404 that tells nothing more.
 * ({@code /api/feeds/private/{token}.ics}, the classes' feed, is the enrolment's.)
 */
@Path("feeds")
public class EventFeedResource {

    @Inject
    EventFeeds feeds;

    @GET
    @Path("me/{token}.ics")
    @Produces("text/calendar")
    public Response mine(@PathParam("token") String token) {
        return Response.ok(feeds.privateFeed(token), IcsWriter.MEDIA_TYPE).header("Cache-Control", "private, no-store").build();
    }

    @GET
    @Path("{scope: centre|ward|district|campaign}/{code}.ics")
    @Produces("text/calendar")
    public Response scope(@PathParam("scope") String scope, @PathParam("code") String code) {
        return Response.ok(feeds.publicFeed(scope, code), IcsWriter.MEDIA_TYPE)
                .header("Content-Disposition", "inline; filename=\"su-kien-" + scope + ".ics\"").build();
    }
}
