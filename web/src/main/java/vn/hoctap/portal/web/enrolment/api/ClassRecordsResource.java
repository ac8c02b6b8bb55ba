package vn.hoctap.portal.web.enrolment.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.enrolment.boundary.ClassRecordsExport;
import vn.hoctap.portal.enrolment.control.ClassRecordsPdf;
import vn.hoctap.portal.enrolment.control.ClassRecordsXlsx;

/**
 * The class records (hồ sơ lớp: roster, attendance sheet, results) for the class's teacher and
 * manager: {@code GET /api/classes/{id}/records.xlsx} and {@code GET /api/classes/{id}/records.pdf}.
 */
@Path("classes/{id}/records.{format: xlsx|pdf}")
public class ClassRecordsResource {

    @Inject
    ClassRecordsExport export;

    @GET
    @Produces({ClassRecordsXlsx.MEDIA_TYPE, ClassRecordsPdf.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    public Response records(@PathParam("id") long classId, @PathParam("format") String format) {
        return Documents.download("pdf".equals(format) ? export.pdf(classId) : export.xlsx(classId));
    }
}
