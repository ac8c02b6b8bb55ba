package vn.hoctap.portal.web.reporting.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.reporting.boundary.CentreCard;
import vn.hoctap.portal.reporting.boundary.CentreDashboard;

import java.util.List;

/** {@code /api/centres}: the centres the caller manages, and one centre's figures. */
@Path("centres")
@Produces(MediaType.APPLICATION_JSON)
public class CentreResource {

    @Inject
    CentreDashboard dashboard;

    @GET
    public List<CentreCard> mine() {
        return dashboard.manageableCentres();
    }

    @GET
    @Path("{id}")
    public CentreCard centre(@PathParam("id") long id) {
        return dashboard.centre(id);
    }
}
