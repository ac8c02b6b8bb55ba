package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.enrolment.boundary.ClassRoster;
import vn.hoctap.portal.enrolment.boundary.ClassRosterView;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;
import vn.hoctap.portal.enrolment.boundary.LearnerForm;
import vn.hoctap.portal.enrolment.boundary.LearnerMatch;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.List;

/**
 * A class's roster, for its centre's manager (and, to read, its teacher):
 * <ul>
 *   <li>{@code GET /api/classes/{id}/roster}: learners, sessions, seats;</li>
 *   <li>{@code POST /api/classes/{id}/roster} with {@code {"learnerId":12}} (a learner the centre
 *   knows) or {@code {"learner":{"fullName":"Lò Thị Mỷ","birthYear":1990,"residentialGroupId":3,
 *   "phone":null,"completedGrade":2}}} (a walk-in): 201 with the enrolment (confirmed or
 *   waitlisted, by the residents' rules), 200 with the one that exists when asked again; 409 when a
 *   rule refuses; with {@code "waivePrerequisites":true} a refusal for the course prerequisites alone
 *   is overridden, the missing courses recorded as recognised for the learner by the manager;</li>
 *   <li>{@code DELETE /api/classes/{id}/roster/{enrolmentId}}: cancels (the seat goes to the waitlist);</li>
 *   <li>{@code PUT /api/classes/{id}/roster/{enrolmentId}/approval} with {@code {"approved":true|false}};</li>
 *   <li>{@code PUT /api/classes/{id}/roster/approval-mode} with {@code {"approvalRequired":true}};</li>
 *   <li>{@code GET /api/classes/{id}/roster/candidates?q=…}: the centre's learners by name, to enrol.</li>
 * </ul>
 */
@Path("classes/{id}/roster")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ClassRosterResource {

    /**
     * Who to enrol: a known learner, or a new one; {@code waivePrerequisites} true enrols them as
     * the manager's recorded exception when the course prerequisites alone refuse them.
     */
    public record EnrolRequest(Long learnerId, LearnerForm learner, Boolean waivePrerequisites) {
    }

    public record Decision(Boolean approved) {
    }

    public record ApprovalMode(Boolean approvalRequired) {
    }

    @Inject
    ClassRoster roster;

    @GET
    public ClassRosterView roster(@PathParam("id") long classId) {
        return roster.roster(classId);
    }

    @GET
    @Path("candidates")
    public List<LearnerMatch> candidates(@PathParam("id") long classId, @QueryParam("q") String query) {
        return roster.candidates(classId, query);
    }

    @POST
    public Response enrol(@PathParam("id") long classId, EnrolRequest request) {
        if (request == null || (request.learnerId() == null) == (request.learner() == null)) {
            throw InvalidInputException.of("learnerId", "roster.learner.oneOf");
        }
        boolean waive = Boolean.TRUE.equals(request.waivePrerequisites());
        EnrolmentView enrolment = request.learnerId() != null
                ? roster.enrol(classId, request.learnerId(), waive)
                : roster.enrolNew(classId, request.learner(), waive);
        if (!enrolment.created()) {
            return Response.ok(enrolment).build();
        }
        return Response.created(UriBuilder.fromPath("/api/classes/{id}/roster").build(classId)).entity(enrolment).build();
    }

    @DELETE
    @Path("{enrolmentId: \\d+}")
    public void cancel(@PathParam("id") long classId, @PathParam("enrolmentId") long enrolmentId) {
        roster.cancel(classId, enrolmentId);
    }

    @PUT
    @Path("{enrolmentId: \\d+}/approval")
    public Response decide(@PathParam("id") long classId, @PathParam("enrolmentId") long enrolmentId, Decision decision) {
        if (decision == null || decision.approved() == null) {
            throw InvalidInputException.of("approved", "roster.decision.required");
        }
        if (decision.approved()) {
            return Response.ok(roster.approve(classId, enrolmentId)).build();
        }
        roster.refuse(classId, enrolmentId);
        return Response.noContent().build();
    }

    @PUT
    @Path("approval-mode")
    public void approvalMode(@PathParam("id") long classId, ApprovalMode mode) {
        if (mode == null || mode.approvalRequired() == null) {
            throw InvalidInputException.of("approvalRequired", "roster.decision.required");
        }
        roster.requireApproval(classId, mode.approvalRequired());
    }
}
