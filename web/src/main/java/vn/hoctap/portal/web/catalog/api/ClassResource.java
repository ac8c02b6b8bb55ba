package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.catalog.boundary.ClassDetail;
import vn.hoctap.portal.catalog.boundary.ClassPages;
import vn.hoctap.portal.platform.calendar.IcsWriter;

/** {@code GET /api/classes/{id}} and {@code GET /api/classes/{id}/sessions.ics}: open to everyone. */
@Path("classes/{id}")
public class ClassResource {

    @Inject
    ClassPages pages;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ClassDetail detail(@PathParam("id") long id) {
        return pages.detail(id);
    }

    @GET
    @Path("sessions.ics")
    @Produces("text/calendar")
    public Response calendar(@PathParam("id") long id) {
        return Response.ok(pages.calendar(id), IcsWriter.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"lop-" + id + ".ics\"")
                .build();
    }
}
