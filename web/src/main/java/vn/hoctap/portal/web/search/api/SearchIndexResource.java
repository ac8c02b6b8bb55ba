package vn.hoctap.portal.web.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.search.boundary.IndexStatus;
import vn.hoctap.portal.search.boundary.MaterialSearch;

/**
 * Administrators: {@code GET /api/search-index} (materials indexed and published, the last rebuild
 * with its progress), {@code POST /api/search-index/rebuild} (202: rebuilt from the database in the
 * background while searches go on; 409 when one is running).
 */
@Path("search-index")
@Produces(MediaType.APPLICATION_JSON)
public class SearchIndexResource {

    @Inject
    MaterialSearch search;

    @GET
    public IndexStatus status() {
        return search.status();
    }

    @POST
    @Path("rebuild")
    public Response rebuild() {
        return Response.accepted(search.rebuild()).build();
    }
}
