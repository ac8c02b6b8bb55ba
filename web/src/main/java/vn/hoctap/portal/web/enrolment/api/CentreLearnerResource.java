package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.enrolment.boundary.LearnerForm;
import vn.hoctap.portal.enrolment.boundary.LearnerMatch;
import vn.hoctap.portal.enrolment.boundary.LearnerRecords;

import java.util.List;
import java.util.Map;

/**
 * A centre's learners, for its manager: {@code GET /api/centres/{id}/learners?q=…} finds them by
 * name (with or without diacritics); {@code POST /api/centres/{id}/learners} records one (name,
 * birth year, residential group of the ward; phone and school grade optional) and answers 201
 * with its id — the id of the same person when they were recorded before.
 */
@Path("centres/{id}/learners")
@Produces(MediaType.APPLICATION_JSON)
public class CentreLearnerResource {

    @Inject
    LearnerRecords learners;

    @GET
    public List<LearnerMatch> search(@PathParam("id") long centreId, @QueryParam("q") String query) {
        return learners.search(centreId, query);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@PathParam("id") long centreId, LearnerForm form) {
        long id = learners.record(centreId, form);
        return Response.created(UriBuilder.fromPath("/api/learners/{id}").build(id)).entity(Map.of("id", id)).build();
    }
}
