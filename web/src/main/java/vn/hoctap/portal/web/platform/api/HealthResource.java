package vn.hoctap.portal.web.platform.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.platform.health.SystemHealth;

/**
 * {@code GET /api/health}: 200 when the database answers, 503 when it does not.
 * {@code GET /api/health/live}: 200 whenever the server answers at all, without touching the
 * database: a liveness probe (a container is restarted only when this fails, not when the
 * database is away) and the trivial endpoint bench/catalog-throughput.sh compares the catalog with.
 */
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private static final String LIVE = "{\"status\":\"UP\"}";

    @Inject
    SystemHealth health;

    @GET
    public Response health() {
        SystemHealth.Report report = health.check();
        return Response.status(report.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(report).build();
    }

    @GET
    @Path("live")
    public String live() {
        return LIVE;
    }
}
