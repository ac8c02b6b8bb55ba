package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.enrolment.boundary.EnrolmentDesk;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;

/**
 * A signed-in resident: {@code POST /api/classes/{id}/enrolments} enrols (201 with the new
 * enrolment, 200 with the one that exists when asked again); {@code DELETE
 * /api/classes/{id}/enrolments/{enrolmentId}} cancels their own.
 */
@Path("classes/{id}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource {

    @Inject
    EnrolmentDesk desk;

    @POST
    public Response enrol(@PathParam("id") long classId) {
        EnrolmentView enrolment = desk.enrol(classId);
        if (!enrolment.created()) {
            return Response.ok(enrolment).build();
        }
        return Response.created(UriBuilder.fromPath("/api/me/enrolments").build()).entity(enrolment).build();
    }

    @DELETE
    @Path("{enrolmentId}")
    public void cancel(@PathParam("enrolmentId") long enrolmentId) {
        desk.cancel(enrolmentId);
    }
}
