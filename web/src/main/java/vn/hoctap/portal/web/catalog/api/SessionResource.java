package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.catalog.boundary.ScheduleResult;
import vn.hoctap.portal.catalog.boundary.SessionMove;
import vn.hoctap.portal.catalog.boundary.TimetableChanges;

/**
 * {@code PUT /api/sessions/{id}} moves a session (409 with the clashes), {@code DELETE
 * /api/sessions/{id}?reason=…} cancels it. Centre managers of the class's centre only.
 */
@Path("sessions/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    TimetableChanges changes;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ScheduleResult.Session move(@PathParam("id") long id, SessionMove move) {
        return changes.move(id, move);
    }

    @DELETE
    public void cancel(@PathParam("id") long id, @QueryParam("reason") String reason) {
        changes.cancelSession(id, reason);
    }
}
