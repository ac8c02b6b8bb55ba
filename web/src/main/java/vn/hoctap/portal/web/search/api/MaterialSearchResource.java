package vn.hoctap.portal.web.search.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import vn.hoctap.portal.search.boundary.MaterialResults;
import vn.hoctap.portal.search.boundary.MaterialSearch;
import vn.hoctap.portal.search.boundary.MaterialSuggestion;
import vn.hoctap.portal.web.search.SearchParameters;

import java.util.List;

/**
 * {@code GET /api/materials/search?q=ky nang song&subject=HEALTH&subject=LAW&format=PDF&sort=DATE&page=0&size=10}:
 * the published open learning materials that match, with facet counts (subject, audience, format,
 * centre, licence), highlighted snippets, an exact total and a "did you mean". Open to everyone.
 * {@code GET /api/materials/search/suggestions?q=ky na}: titles for the search box.
 */
@Path("materials/search")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialSearchResource {

    @Inject
    MaterialSearch search;

    @GET
    public MaterialResults search(@QueryParam("q") String text, @QueryParam("sort") String sort,
                                  @QueryParam("page") @DefaultValue("0") int page,
                                  @QueryParam("size") @DefaultValue("10") int size, @Context UriInfo address) {
        return search.search(SearchParameters.query(text,
                name -> address.getQueryParameters().getOrDefault(name, List.of()), sort, page, size));
    }

    @GET
    @Path("suggestions")
    public List<MaterialSuggestion> suggestions(@QueryParam("q") String prefix) {
        return search.suggest(prefix);
    }
}
