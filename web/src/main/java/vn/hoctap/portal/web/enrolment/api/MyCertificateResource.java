package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.enrolment.boundary.Certificates;
import vn.hoctap.portal.enrolment.boundary.IssuedCertificate;

import java.util.List;

/**
 * {@code GET /api/me/certificates}: the caller's own certificates, newest first; each PDF at
 * {@code /api/enrolments/{enrolmentId}/certificate}.
 */
@Path("me/certificates")
@Produces(MediaType.APPLICATION_JSON)
public class MyCertificateResource {

    @Inject
    Certificates certificates;

    @GET
    public List<IssuedCertificate> mine() {
        return certificates.mine();
    }
}
