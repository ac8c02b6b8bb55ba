package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.enrolment.boundary.LearnerFile;
import vn.hoctap.portal.enrolment.boundary.LearnerRecords;
import vn.hoctap.portal.enrolment.boundary.SchoolingForm;

/**
 * One learner, for the managers of the centres that know them: {@code GET /api/learners/{id}}
 * (who they are and their path through classes, with results and literacy levels) and
 * {@code PUT /api/learners/{id}/schooling} with {@code {"completedGrade":3}}.
 */
@Path("learners/{id}")
@Produces(MediaType.APPLICATION_JSON)
public class LearnerResource {

    @Inject
    LearnerRecords learners;

    @GET
    public LearnerFile learner(@PathParam("id") long learnerId) {
        return learners.learner(learnerId);
    }

    @PUT
    @Path("schooling")
    @Consumes(MediaType.APPLICATION_JSON)
    public void schooling(@PathParam("id") long learnerId, SchoolingForm form) {
        learners.recordSchooling(learnerId, form);
    }
}
