package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.enrolment.boundary.AttendanceBook;
import vn.hoctap.portal.enrolment.boundary.AttendanceForm;
import vn.hoctap.portal.enrolment.boundary.AttendanceSaved;
import vn.hoctap.portal.enrolment.boundary.AttendanceSheet;

/**
 * A session's attendance, for the class's teacher and its manager: {@code GET
 * /api/sessions/{id}/attendance} (every confirmed learner, present unless marked absent) and
 * {@code PUT /api/sessions/{id}/attendance} with {@code {"marks":[{"enrolmentId":7,"present":false,
 * "note":"ốm"}]}} — learners not listed were present. Saving the same sheet again changes nothing
 * ({@code "changed":0}).
 */
@Path("sessions/{id}/attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AttendanceBook book;

    @GET
    public AttendanceSheet sheet(@PathParam("id") long sessionId) {
        return book.sheet(sessionId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AttendanceSaved mark(@PathParam("id") long sessionId, AttendanceForm form) {
        return book.mark(sessionId, form);
    }
}
