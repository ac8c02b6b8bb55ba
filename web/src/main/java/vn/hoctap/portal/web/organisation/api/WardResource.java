package vn.hoctap.portal.web.organisation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.organisation.boundary.OrganisationDirectory;
import vn.hoctap.portal.organisation.boundary.WardChoice;

import java.util.List;

/** {@code GET /api/wards}: wards with their residential groups (open to anyone). */
@Path("wards")
@Produces(MediaType.APPLICATION_JSON)
public class WardResource {

    @Inject
    OrganisationDirectory organisation;

    @GET
    public List<WardChoice> wards() {
        return organisation.wardsWithGroups();
    }
}
