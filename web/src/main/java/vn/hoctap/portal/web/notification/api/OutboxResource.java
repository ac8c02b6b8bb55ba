package vn.hoctap.portal.web.notification.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.notification.boundary.OutboxMonitor;
import vn.hoctap.portal.notification.boundary.OutboxRow;
import vn.hoctap.portal.notification.entity.OutboxMail;
import vn.hoctap.portal.platform.InvalidInputException;

import java.util.List;
import java.util.Locale;

/** Administrators: {@code GET /api/outbox?status=FAILED&page=0}, {@code POST /api/outbox/{id}/retry}. */
@Path("outbox")
@Produces(MediaType.APPLICATION_JSON)
public class OutboxResource {

    @Inject
    OutboxMonitor monitor;

    @GET
    public List<OutboxRow> mails(@QueryParam("status") String status, @QueryParam("page") @DefaultValue("0") int page) {
        return monitor.mails(status(status), page);
    }

    @POST
    @Path("{id}/retry")
    public void retry(@PathParam("id") long id) {
        monitor.retry(id);
    }

    static OutboxMail.Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OutboxMail.Status.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("status", "outbox.status.unknown");
        }
    }
}
