package vn.hoctap.portal.web.materials.api;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Providers;
import vn.hoctap.portal.materials.boundary.ExtractionState;
import vn.hoctap.portal.materials.boundary.MaterialDetail;
import vn.hoctap.portal.materials.boundary.MaterialForm;
import vn.hoctap.portal.materials.boundary.MaterialList;
import vn.hoctap.portal.materials.boundary.MaterialPages;
import vn.hoctap.portal.materials.boundary.MaterialPublishing;
import vn.hoctap.portal.materials.boundary.MaterialQuery;
import vn.hoctap.portal.materials.entity.MaterialStatus;
import vn.hoctap.portal.platform.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Open learning materials.
 * <ul>
 * <li>everyone: {@code GET /api/materials/{id}} (a published material; drafts and withdrawn ones
 * answer 404 except to their managers, who also get the extraction, versions and history),
 * {@code GET /api/materials/{id}/file} (the current version; {@code ?download=true} as an
 * attachment; {@code ?version=n} for managers);</li>
 * <li>centre managers and administrators: {@code GET /api/materials?centre=&status=&page=&size=&sort=}
 * (their materials), {@code POST /api/materials} (multipart: a part {@code metadata} with the
 * form's JSON and a part {@code file}; or JSON with {@code link} and {@code linkKind}: a draft),
 * {@code PUT /api/materials/{id}} (metadata), {@code POST /api/materials/{id}/versions}
 * (multipart {@code file}), {@code PUT /api/materials/{id}/status} ({@code {"status":"PUBLISHED"}}),
 * {@code GET /api/materials/{id}/extraction} (the current version's text extraction, to poll).</li>
 * </ul>
 */
@Path("materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {

    /** The body of a status change. */
    public record StatusChange(MaterialStatus status) {
    }

    @Inject
    MaterialPages pages;

    @Inject
    MaterialPublishing publishing;

    @Context
    Providers providers;

    @GET
    public MaterialList mine(@QueryParam("centre") Long centre, @QueryParam("status") String status,
                             @QueryParam("sort") String sort, @QueryParam("ascending") boolean ascending,
                             @QueryParam("page") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return pages.managed(new MaterialQuery(centre, status, sort, ascending, page, size));
    }

    @GET
    @Path("{id: [0-9]+}")
    public MaterialDetail material(@PathParam("id") long id) {
        return pages.material(id);
    }

    @GET
    @Path("{id: [0-9]+}/extraction")
    public ExtractionState extraction(@PathParam("id") long id) {
        return pages.extraction(id);
    }

    @GET
    @Path("{id: [0-9]+}/file")
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("id") long id, @QueryParam("version") Integer version,
                         @QueryParam("download") boolean download, @Context Request request) {
        return FileDownload.of(pages.file(id, version), download, version == null, request);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response createFile(@FormParam("metadata") EntityPart metadata, @FormParam("file") EntityPart file) {
        MaterialForm form = form(metadata);
        if (file == null) {
            throw InvalidInputException.of("file", "material.file.required");
        }
        try (InputStream content = file.getContent()) {
            return created(publishing.createFile(form, file.getFileName().orElse("material"), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createLink(MaterialForm form) {
        return created(publishing.createLink(form));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public void describe(@PathParam("id") long id, MaterialForm form) {
        publishing.describe(id, form);
    }

    @POST
    @Path("{id: [0-9]+}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response addVersion(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        if (file == null) {
            throw InvalidInputException.of("file", "material.file.required");
        }
        try (InputStream content = file.getContent()) {
            int number = publishing.addVersion(id, file.getFileName().orElse("material"), content);
            return Response.created(UriBuilder.fromPath("/api/materials/{id}/file").queryParam("version", number).build(id))
                    .entity(Map.of("version", number)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PUT
    @Path("{id: [0-9]+}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public void move(@PathParam("id") long id, StatusChange change) {
        publishing.move(id, change == null ? null : change.status());
    }

    private static Response created(long id) {
        return Response.created(UriBuilder.fromPath("/api/materials/{id}").build(id)).entity(Map.of("id", id)).build();
    }

    /** The {@code metadata} part: the form as JSON, whatever content type the client gave the part. */
    private MaterialForm form(EntityPart metadata) {
        if (metadata == null) {
            throw InvalidInputException.of("metadata", "material.metadata.required");
        }
        Jsonb jsonb = providers.getContextResolver(Jsonb.class, MediaType.APPLICATION_JSON_TYPE).getContext(MaterialForm.class);
        try {
            return jsonb.fromJson(metadata.getContent(String.class), MaterialForm.class);
        } catch (jakarta.json.bind.JsonbException unreadable) {
            throw InvalidInputException.of("metadata", "material.metadata.required");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
