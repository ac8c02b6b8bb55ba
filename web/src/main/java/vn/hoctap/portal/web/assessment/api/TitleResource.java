package vn.hoctap.portal.web.assessment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.assessment.boundary.AssessmentPage;
import vn.hoctap.portal.assessment.boundary.Coverage;
import vn.hoctap.portal.assessment.boundary.DecisionForm;
import vn.hoctap.portal.assessment.boundary.DecisionResult;
import vn.hoctap.portal.assessment.boundary.ImportReport;
import vn.hoctap.portal.assessment.boundary.PopulationForm;
import vn.hoctap.portal.assessment.boundary.QueueQuery;
import vn.hoctap.portal.assessment.boundary.RecognisedTitle;
import vn.hoctap.portal.assessment.boundary.TargetForm;
import vn.hoctap.portal.assessment.boundary.TitleCoverage;
import vn.hoctap.portal.assessment.boundary.TitleReviews;
import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.TitleKind;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.enrolment.api.Documents;
import vn.hoctap.portal.web.platform.Texts;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Review, recognition and coverage of the learning titles.
 * <ul>
 * <li>everyone: {@code GET /api/titles/recognised?ward=&year=} (the ward's recognised titles whose
 * holders agreed to publish them);</li>
 * <li>the ward's reviewers (its centre's managers, administrators above): {@code GET /api/titles/queue?ward=
 * [&status=SUBMITTED&kind=&year=&page=0&size=20]}, {@code POST /api/titles/decisions}
 * ({@code {"ward":3,"number":"15/QĐ-UBND","decidedOn":"2026-12-20","signer":"…","assessments":[…]}}: 201
 * with the certificates' codes), {@code GET /api/titles/decisions?ward=}, {@code GET /api/titles/stats?ward=&year=}
 * (coverage per residential group; {@code ?district=} per ward for administrators), {@code GET /api/titles/stats.xlsx};</li>
 * <li>administrators above the ward: {@code PUT /api/titles/targets} ({@code {"ward","year","kind","targetPercent","deadline"}}),
 * {@code PUT /api/titles/population} ({@code {"group","year","kind","eligible"}}), {@code POST /api/titles/population}
 * ({@code text/csv}: {@code year,group,kind,eligible} — 200 with the count, or 400 naming every broken line
 * and storing nothing).</li>
 * </ul>
 */
@Path("titles")
@Produces(MediaType.APPLICATION_JSON)
public class TitleResource {

    /** A broken CSV line, said in the caller's language. */
    public record CsvError(int line, String key, String message) {
    }

    /** The answer to a CSV import. */
    public record CsvReport(int imported, List<CsvError> errors) {
    }

    @Inject
    TitleReviews reviews;

    @Inject
    TitleCoverage coverage;

    @Context
    HttpHeaders headers;

    @GET
    @Path("queue")
    public AssessmentPage queue(@QueryParam("ward") Long ward, @QueryParam("status") AssessmentStatus status,
                                @QueryParam("kind") TitleKind kind, @QueryParam("year") Integer year,
                                @QueryParam("page") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return reviews.queue(new QueueQuery(required(ward), status, kind, year, page, size));
    }

    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(DecisionForm form) {
        DecisionResult result = reviews.decide(form);
        return Response.status(Response.Status.CREATED).entity(result).build();
    }

    @GET
    @Path("decisions")
    public List<DecisionResult> decisions(@QueryParam("ward") Long ward) {
        return reviews.decisions(required(ward));
    }

    @GET
    @Path("stats")
    public Coverage stats(@QueryParam("ward") Long ward, @QueryParam("district") Long district, @QueryParam("year") Integer year) {
        return coverage.coverage(unit(ward, district), year(year));
    }

    @GET
    @Path("stats.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response statsXlsx(@QueryParam("ward") Long ward, @QueryParam("district") Long district, @QueryParam("year") Integer year) {
        return Documents.download(coverage.coverageXlsx(unit(ward, district), year(year)));
    }

    @PUT
    @Path("targets")
    @Consumes(MediaType.APPLICATION_JSON)
    public void plan(TargetForm form) {
        coverage.plan(form);
    }

    @PUT
    @Path("population")
    @Consumes(MediaType.APPLICATION_JSON)
    public void count(PopulationForm form) {
        coverage.count(form);
    }

    @POST
    @Path("population")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importPopulation(String csv) {
        ImportReport report = coverage.importPopulation(csv);
        Locale locale = Texts.of(headers);
        CsvReport answer = new CsvReport(report.imported(), report.errors().stream()
                .map(e -> new CsvError(e.line(), e.messageKey(), Texts.text(locale, e.messageKey(), e.arguments().toArray())))
                .toList());
        return Response.status(report.errors().isEmpty() ? 200 : 400).entity(answer).build();
    }

    @GET
    @Path("recognised")
    public List<RecognisedTitle> recognised(@QueryParam("ward") Long ward, @QueryParam("year") Integer year) {
        return coverage.recognised(required(ward), year);
    }

    private static long required(Long ward) {
        if (ward == null) {
            throw InvalidInputException.of("ward", "titles.ward.required");
        }
        return ward;
    }

    private static long unit(Long ward, Long district) {
        return ward != null ? ward : required(district);
    }

    private static int year(Integer year) {
        return year != null ? year : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
    }
}
