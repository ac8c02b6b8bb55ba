package vn.hoctap.portal.web.materials.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.materials.boundary.MaterialPages;
import vn.hoctap.portal.materials.boundary.SubjectRow;

import java.util.List;

/** {@code GET /api/subjects}: the subjects materials are tagged with (codes, Vietnamese and English names). */
@Path("subjects")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectResource {

    @Inject
    MaterialPages pages;

    @GET
    public List<SubjectRow> subjects() {
        return pages.subjects();
    }
}
