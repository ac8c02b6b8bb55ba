package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.catalog.boundary.ClassScheduling;
import vn.hoctap.portal.catalog.boundary.WeeklyPlan;

/**
 * {@code POST /api/classes/{id}/sessions/weekly}: a centre manager schedules a class's sessions
 * from a weekly plan ({@code POST /api/classes/{id}/sessions}: one session). 201 with the sessions and the skipped holidays; 409 with every clash.
 * {@code POST /api/classes/{id}/sessions/cancellation?reason=…} calls the whole class off.
 */
@Path("classes/{id}/sessions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassScheduleResource {

    @Inject
    ClassScheduling scheduling;

    @Inject
    vn.hoctap.portal.catalog.boundary.TimetableChanges changes;

    @POST
    public Response addSession(@PathParam("id") long classId, vn.hoctap.portal.catalog.boundary.PlannedSession planned) {
        return Response.status(Response.Status.CREATED).entity(scheduling.addSession(classId, planned)).build();
    }

    @POST
    @Path("weekly")
    public Response scheduleWeekly(@PathParam("id") long classId, WeeklyPlan plan) {
        return Response.status(Response.Status.CREATED).entity(scheduling.scheduleWeekly(classId, plan)).build();
    }

    @POST
    @Path("cancellation")
    public Response cancelClass(@PathParam("id") long classId, @jakarta.ws.rs.QueryParam("reason") String reason) {
        changes.cancelClass(classId, reason);
        return Response.noContent().build();
    }
}
