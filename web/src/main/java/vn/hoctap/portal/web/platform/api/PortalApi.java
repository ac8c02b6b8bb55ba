package vn.hoctap.portal.web.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("api")
public class PortalApi extends Application {
}
