package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.enrolment.boundary.EnrolmentDesk;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;

import java.util.List;

/** {@code GET /api/me/enrolments}: the caller's own enrolments, newest first, with waitlist positions. */
@Path("me/enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class MyEnrolmentResource {

    @Inject
    EnrolmentDesk desk;

    @GET
    public List<EnrolmentView> mine() {
        return desk.mine();
    }
}
