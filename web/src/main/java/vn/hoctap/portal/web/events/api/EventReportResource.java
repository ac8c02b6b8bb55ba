package vn.hoctap.portal.web.events.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import vn.hoctap.portal.events.boundary.EventReports;
import vn.hoctap.portal.events.control.WeekReportPdf;
import vn.hoctap.portal.events.control.WeekReportXlsx;
import vn.hoctap.portal.web.enrolment.api.Documents;

/**
 * The campaign's report for the district, for its administrators and centre managers:
 * {@code GET /api/campaigns/{id}/report.xlsx} and {@code GET /api/campaigns/{id}/report.pdf}.
 * The campaign itself ({@code GET /api/campaigns/{id}}) is public, so web.xml cannot protect the
 * report by its path (a servlet pattern has no wildcard inside a path): an anonymous caller gets
 * 401 with the Basic challenge here, and {@link EventReports} decides who else may read it (403).
 */
@Path("campaigns/{id}/report.{format: xlsx|pdf}")
public class EventReportResource {

    @Inject
    EventReports reports;

    @Context
    SecurityContext security;

    @GET
    @Produces({WeekReportXlsx.MEDIA_TYPE, WeekReportPdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response report(@PathParam("id") long campaignId, @PathParam("format") String format) {
        if (security.getUserPrincipal() == null) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .header("WWW-Authenticate", "Basic realm=\"portal\", charset=\"UTF-8\"").build();
        }
        return Documents.download("pdf".equals(format) ? reports.campaignPdf(campaignId) : reports.campaignXlsx(campaignId));
    }
}
