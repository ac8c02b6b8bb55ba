package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.enrolment.boundary.Certificates;
import vn.hoctap.portal.enrolment.boundary.ClassResults;
import vn.hoctap.portal.enrolment.boundary.DocumentFile;
import vn.hoctap.portal.enrolment.boundary.IssuedCertificate;
import vn.hoctap.portal.enrolment.boundary.ResultForm;

/**
 * One learner's record in a class:
 * <ul>
 *   <li>{@code PUT /api/enrolments/{id}/result} with {@code {"result":"COMPLETED","literacyLevel":1,
 *   "note":"…"}} (the class's teacher or manager; {@code "result":null} takes it back);</li>
 *   <li>{@code POST /api/enrolments/{id}/certificate} (the manager): 201 with the new certificate,
 *   200 with the one issued before;</li>
 *   <li>{@code GET /api/enrolments/{id}/certificate}: the PDF, for the learner themselves and the
 *   class's teacher and manager.</li>
 * </ul>
 */
@Path("enrolments/{id}")
public class EnrolmentRecordResource {

    @Inject
    ClassResults results;

    @Inject
    Certificates certificates;

    public record Recorded(boolean changed) {
    }

    @PUT
    @Path("result")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Recorded result(@PathParam("id") long enrolmentId, ResultForm form) {
        return new Recorded(results.record(enrolmentId, form));
    }

    @POST
    @Path("certificate")
    @Produces(MediaType.APPLICATION_JSON)
    public Response issue(@PathParam("id") long enrolmentId) {
        IssuedCertificate certificate = certificates.issue(enrolmentId);
        if (!certificate.created()) {
            return Response.ok(certificate).build();
        }
        return Response.created(UriBuilder.fromPath("/api/enrolments/{id}/certificate").build(enrolmentId))
                .entity(certificate).build();
    }

    @GET
    @Path("certificate")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long enrolmentId) {
        return Documents.download(certificates.pdf(enrolmentId));
    }
}
