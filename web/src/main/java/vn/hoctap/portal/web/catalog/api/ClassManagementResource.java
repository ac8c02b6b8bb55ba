package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.catalog.boundary.CourseManagement;
import vn.hoctap.portal.platform.InvalidInputException;

/** Centre managers: {@code PUT /api/classes/{id}/capacity} with {@code {"capacity":30}}. */
@Path("classes/{id}/capacity")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ClassManagementResource {

    @Inject
    CourseManagement management;

    @PUT
    public void changeCapacity(@PathParam("id") long id, CapacityChange change) {
        if (change == null || change.capacity() == null) {
            throw InvalidInputException.of("capacity", "class.capacity.positive");
        }
        management.changeCapacity(id, change.capacity());
    }
}
