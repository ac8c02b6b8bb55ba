package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.catalog.boundary.ProgrammeForm;
import vn.hoctap.portal.catalog.boundary.ProgrammeRow;
import vn.hoctap.portal.catalog.boundary.ReferenceLists;

import java.util.List;
import java.util.Map;

/** {@code GET /api/programmes} for everyone; {@code POST /api/programmes} adds one (administrators). */
@Path("programmes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    @Inject
    ReferenceLists lists;

    @GET
    public List<ProgrammeRow> programmes() {
        return lists.programmes();
    }

    @POST
    public Response add(ProgrammeForm form) {
        long id = lists.addProgramme(form);
        return Response.created(UriBuilder.fromPath("/api/programmes").build()).entity(Map.of("id", id)).build();
    }
}
