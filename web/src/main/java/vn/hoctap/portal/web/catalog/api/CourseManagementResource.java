package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.catalog.boundary.ClassForm;
import vn.hoctap.portal.catalog.boundary.CourseForm;
import vn.hoctap.portal.catalog.boundary.CourseManagement;
import vn.hoctap.portal.catalog.entity.CourseStatus;

import java.util.Map;

/**
 * Centre managers: {@code POST /api/courses/drafts} creates a course, {@code PUT /api/courses/{id}}
 * rewrites it (until it is completed or cancelled), {@code PUT
 * /api/courses/{id}/status} moves it on ({@code {"status":"PUBLISHED"}}), {@code POST
 * /api/courses/{id}/classes} adds a class; then {@code POST /api/classes/{id}/sessions/weekly}.
 */
@Path("courses")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class CourseManagementResource {

    /** The body of a status change. */
    public record StatusChange(CourseStatus status) {
    }

    @Inject
    CourseManagement management;

    @POST
    @Path("drafts")
    public Response create(CourseForm form) {
        long id = management.createCourse(form);
        return Response.created(UriBuilder.fromPath("/api/courses/{id}").build(id)).entity(Map.of("id", id)).build();
    }

    @PUT
    @Path("{id}")
    public void update(@PathParam("id") long id, CourseForm form) {
        management.updateCourse(id, form);
    }

    @PUT
    @Path("{id}/status")
    public void move(@PathParam("id") long id, StatusChange change) {
        management.moveCourse(id, change == null ? null : change.status());
    }

    @POST
    @Path("{id}/classes")
    public Response addClass(@PathParam("id") long courseId, ClassForm form) {
        long id = management.addClass(courseId, form);
        return Response.created(UriBuilder.fromPath("/api/classes/{id}").build(id)).entity(Map.of("id", id)).build();
    }
}
