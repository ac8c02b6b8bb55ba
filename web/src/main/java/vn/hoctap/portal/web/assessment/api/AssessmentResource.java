package vn.hoctap.portal.web.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.assessment.boundary.AnswerForm;
import vn.hoctap.portal.assessment.boundary.AssessmentRow;
import vn.hoctap.portal.assessment.boundary.AssessmentView;
import vn.hoctap.portal.assessment.boundary.EvidenceDownload;
import vn.hoctap.portal.assessment.boundary.ReviewForm;
import vn.hoctap.portal.assessment.boundary.SelfAssessments;
import vn.hoctap.portal.assessment.boundary.StartChoices;
import vn.hoctap.portal.assessment.boundary.StartForm;
import vn.hoctap.portal.assessment.boundary.TitleReviews;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.enrolment.api.Documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/**
 * Self-assessments for the learning titles.
 * <ul>
 * <li>residents: {@code GET /api/titles/assessments} (theirs), {@code GET /api/titles/assessments/choices},
 * {@code POST /api/titles/assessments} ({@code {"kind":"CITIZEN","citizenGroup":"WORKER"}} or
 * {@code {"kind":"FAMILY","subjectName":"Gia đình ông …"}}: 201 new, 200 this year's one that exists),
 * {@code PUT …/{id}/answers/{n}} ({@code {"points":8,"evidence":"…"}}: the assessment with its live
 * score and what is missing), {@code POST …/{id}/answers/{n}/evidence} (multipart {@code file}: a photo
 * or PDF up to 5 MB), {@code DELETE …/{id}/answers/{n}/evidence}, {@code PUT …/{id}/consent}
 * ({@code {"publish":true}}), {@code POST …/{id}/submission};</li>
 * <li>the owner and the ward's reviewers: {@code GET …/{id}}, {@code GET …/{id}/answers/{n}/evidence},
 * {@code GET …/{id}/certificate} (the PDF, once recognised);</li>
 * <li>the ward's reviewers: {@code POST …/{id}/review} ({@code {"action":"ACCEPT"|"RETURN"|"REJECT","comment":"…"}}).</li>
 * </ul>
 */
@Path("titles/assessments")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    /** The body of a consent change. */
    public record Consent(boolean publish) {
    }

    @Inject
    SelfAssessments assessments;

    @Inject
    TitleReviews reviews;

    @GET
    public List<AssessmentRow> mine() {
        return assessments.mine();
    }

    @GET
    @Path("choices")
    public StartChoices choices() {
        return assessments.choices();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartForm form) {
        SelfAssessments.Started started = assessments.start(form);
        AssessmentView view = assessments.assessment(started.id());
        return (started.created() ? Response.created(UriBuilder.fromPath("/api/titles/assessments/{id}").build(started.id()))
                : Response.ok()).entity(view).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    public AssessmentView assessment(@PathParam("id") long id) {
        return assessments.assessment(id);
    }

    @PUT
    @Path("{id: [0-9]+}/answers/{n: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentView answer(@PathParam("id") long id, @PathParam("n") int indicator, AnswerForm form) {
        return assessments.answer(id, indicator, form);
    }

    @POST
    @Path("{id: [0-9]+}/answers/{n: [0-9]+}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public AssessmentView attach(@PathParam("id") long id, @PathParam("n") int indicator, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw InvalidInputException.of("file", "assessment.evidence.empty");
        }
        try (InputStream content = file.getContent()) {
            return assessments.attachEvidence(id, indicator, file.getFileName().orElse("minh-chung"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DELETE
    @Path("{id: [0-9]+}/answers/{n: [0-9]+}/evidence")
    public AssessmentView detach(@PathParam("id") long id, @PathParam("n") int indicator) {
        return assessments.removeEvidence(id, indicator);
    }

    /** The evidence file: its detected type, never run as the portal's own content (a download, sandboxed). */
    @GET
    @Path("{id: [0-9]+}/answers/{n: [0-9]+}/evidence")
    @Produces(MediaType.WILDCARD)
    public Response evidence(@PathParam("id") long id, @PathParam("n") int indicator) {
        EvidenceDownload file = assessments.evidence(id, indicator);
        CacheControl privateOnly = new CacheControl();
        privateOnly.setPrivate(true);
        privateOnly.setNoStore(true);
        StreamingOutput body = out -> Files.copy(file.path(), out);
        boolean inline = file.mediaType().startsWith("image/") || file.mediaType().equals("application/pdf");
        return Response.ok(body, file.mediaType())
                .header("Content-Length", file.size())
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"minh-chung-" + indicator
                        + "." + extension(file.mediaType()) + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(privateOnly).build();
    }

    @PUT
    @Path("{id: [0-9]+}/consent")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentView consent(@PathParam("id") long id, Consent consent) {
        return assessments.consent(id, consent != null && consent.publish());
    }

    @POST
    @Path("{id: [0-9]+}/submission")
    public AssessmentView submit(@PathParam("id") long id) {
        return assessments.submit(id);
    }

    @POST
    @Path("{id: [0-9]+}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssessmentView review(@PathParam("id") long id, ReviewForm form) {
        return reviews.review(id, form);
    }

    @GET
    @Path("{id: [0-9]+}/certificate")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") long id) {
        return Documents.download(assessments.certificate(id));
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> "jpg";
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            case "image/heic" -> "heic";
            default -> "pdf";
        };
    }
}
