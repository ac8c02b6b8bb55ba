package vn.hoctap.portal.web.events.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.events.boundary.EventReports;
import vn.hoctap.portal.events.control.WeekReportPdf;
import vn.hoctap.portal.events.control.WeekReportXlsx;
import vn.hoctap.portal.web.enrolment.api.Documents;

/**
 * The events report over dates in a district, campaign or not:
 * {@code GET /api/event-reports.xlsx?district=…&from=2026-10-01&to=2026-10-07} (and {@code .pdf}),
 * both days included. Signed-in callers only (web.xml); {@link EventReports} decides whose district.
 */
@Path("event-reports.{format: xlsx|pdf}")
public class DistrictReportResource {

    @Inject
    EventReports reports;

    @GET
    @Produces({WeekReportXlsx.MEDIA_TYPE, WeekReportPdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response report(@PathParam("format") String format, @QueryParam("district") long district,
                           @QueryParam("from") String from, @QueryParam("to") String to) {
        return Documents.download("pdf".equals(format) ? reports.districtPdf(district, from, to)
                : reports.districtXlsx(district, from, to));
    }
}
