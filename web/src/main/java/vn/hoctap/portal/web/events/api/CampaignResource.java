package vn.hoctap.portal.web.events.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.events.boundary.CampaignForm;
import vn.hoctap.portal.events.boundary.CampaignView;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventPlanning;
import vn.hoctap.portal.events.boundary.ProgrammeDay;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.util.List;

/**
 * Campaigns: {@code GET /api/campaigns?district=}, {@code GET /api/campaigns/{id}} and
 * {@code GET /api/campaigns/{id}/programme?ward=&type=} (open to everyone); for the district's
 * administrators {@code POST /api/campaigns} (201) and {@code POST /api/campaigns/{id}/copies}
 * with {@code {"year":2027}} (201: the campaign and its events in the new year).
 */
@Path("campaigns")
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {

    @Inject
    EventCalendar calendar;

    @Inject
    EventPlanning planning;

    public record Copy(int year) {
    }

    @GET
    public List<CampaignView> campaigns(@QueryParam("district") String district) {
        return calendar.campaigns(district == null || district.isBlank() ? null : district.strip());
    }

    @GET
    @Path("{id: \\d+}")
    public CampaignView campaign(@PathParam("id") long id) {
        return calendar.campaign(id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: \\d+}/programme")
    public List<ProgrammeDay> programme(@PathParam("id") long id, @QueryParam("ward") String ward,
                                        @QueryParam("type") String type) {
        calendar.campaign(id).orElseThrow(NotFoundException::new);
        EventType eventType;
        try {
            eventType = type == null || type.isBlank() ? null : EventType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("type", "error.invalidInput");
        }
        return calendar.programme(id, ward == null || ward.isBlank() ? null : ward.strip(), eventType);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CampaignForm form) {
        long id = planning.createCampaign(form);
        return Response.created(UriBuilder.fromPath("/api/campaigns/{id}").build(id))
                .entity(calendar.campaign(id).orElseThrow()).build();
    }

    @POST
    @Path("{id: \\d+}/copies")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response copy(@PathParam("id") long id, Copy copy) {
        if (copy == null) {
            throw InvalidInputException.of("year", "events.campaign.copyYear");
        }
        long copied = planning.copyCampaign(id, copy.year());
        return Response.created(UriBuilder.fromPath("/api/campaigns/{id}").build(copied))
                .entity(calendar.campaign(copied).orElseThrow()).build();
    }
}
