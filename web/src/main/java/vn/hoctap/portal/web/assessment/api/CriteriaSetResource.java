package vn.hoctap.portal.web.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import vn.hoctap.portal.assessment.boundary.CriteriaSetDetail;
import vn.hoctap.portal.assessment.boundary.CriteriaSetRow;
import vn.hoctap.portal.assessment.boundary.CriteriaSets;
import vn.hoctap.portal.assessment.entity.CriteriaDefinition;
import vn.hoctap.portal.assessment.entity.TitleKind;

import java.util.List;

/**
 * The learning titles' criteria sets.
 * <ul>
 * <li>everyone: {@code GET /api/criteria-sets[?kind=CITIZEN&all=true]} (current versions; every
 * version with {@code all}), {@code GET /api/criteria-sets/{id}} (a version with its criteria and
 * indicators, and whether it may still be corrected);</li>
 * <li>the city's administrators: {@code PUT /api/criteria-sets/{id}} (correct a version no
 * assessment used: 409 {@code criteria.inUse} otherwise), {@code POST /api/criteria-sets/{id}/versions}
 * (201: the next version, current from now on). The body is the set's content:
 * {@code {"name","source","periodFrom","periodTo","template","minTotal","minEachIndicator",
 * "criteria":[{"code","title","indicators":[{"text","maxPoints","minPoints","mandatory","evidenceHint"}]}]}}.</li>
 * </ul>
 */
@Path("criteria-sets")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaSetResource {

    @Inject
    CriteriaSets sets;

    @GET
    public List<CriteriaSetRow> list(@QueryParam("kind") TitleKind kind, @QueryParam("all") boolean all) {
        return sets.list(kind, all);
    }

    @GET
    @Path("{id: [0-9]+}")
    public CriteriaSetDetail set(@PathParam("id") long id) {
        return sets.set(id);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CriteriaSetDetail revise(@PathParam("id") long id, CriteriaDefinition content) {
        return sets.revise(id, content);
    }

    @POST
    @Path("{id: [0-9]+}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response newVersion(@PathParam("id") long id, CriteriaDefinition content) {
        CriteriaSetDetail next = sets.publishNewVersion(id, content);
        return Response.created(UriBuilder.fromPath("/api/criteria-sets/{id}").build(next.set().id())).entity(next).build();
    }
}
