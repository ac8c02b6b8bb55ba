package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.enrolment.boundary.Certificates;
import vn.hoctap.portal.enrolment.boundary.VerifiedCertificate;

/**
 * {@code GET /api/certificates/{code}}, open to everyone: the learner's name, the class, the
 * completion date and the centre of a real certificate; 404 (the same answer as for any unknown
 * page) for an unknown or malformed code.
 */
@Path("certificates/{code}")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    Certificates certificates;

    @GET
    public VerifiedCertificate verify(@PathParam("code") String code) {
        return certificates.verify(code);
    }
}
