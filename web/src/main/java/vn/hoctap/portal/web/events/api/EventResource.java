package vn.hoctap.portal.web.events.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventDetail;
import vn.hoctap.portal.events.boundary.EventForm;
import vn.hoctap.portal.events.boundary.EventPage;
import vn.hoctap.portal.events.boundary.EventPlanning;
import vn.hoctap.portal.events.boundary.EventQuery;
import vn.hoctap.portal.events.boundary.EventRoster;
import vn.hoctap.portal.events.boundary.RsvpView;
import vn.hoctap.portal.events.boundary.Rsvps;
import vn.hoctap.portal.events.entity.EventType;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Community events:
 * <ul>
 *   <li>{@code GET /api/events?district=&ward=&centre=&campaign=&type=&from=&to=&q=&scheduledOnly=&page=&size=}
 *   and {@code GET /api/events/{id}}: open to everyone;</li>
 *   <li>{@code GET /api/events/{id}/rsvp}: the caller's registration (404: none);</li>
 *   <li>{@code POST /api/events/{id}/rsvp}: the signed-in resident registers (201, confirmed or
 *   waitlisted with the place; 409 when already registered, the event is past or cancelled);</li>
 *   <li>for the organiser (the centre's manager, the district's administrators):
 *   {@code POST /api/events} (201), {@code PUT /api/events/{id}}, {@code PUT /api/events/{id}/capacity}
 *   with {@code {"capacity":40}} ({@code null}: open to all), {@code POST /api/events/{id}/cancellation},
 *   {@code GET /api/events/{id}/roster}, {@code POST /api/events/{id}/check-ins} with
 *   {@code {"rsvpId":…}}, {@code POST /api/events/{id}/walk-ins} with {@code {"count":5}}.</li>
 * </ul>
 * Refusals are JSON with the message in the request's language (Vietnamese by default).
 */
@Path("events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventCalendar calendar;

    @Inject
    EventPlanning planning;

    @Inject
    Rsvps rsvps;

    public record CheckIn(long rsvpId) {
    }

    public record WalkIns(int count) {
    }

    public record Capacity(Integer capacity) {
    }

    @GET
    public EventPage events(@QueryParam("district") String district, @QueryParam("ward") String ward,
                            @QueryParam("centre") Long centre, @QueryParam("campaign") Long campaign,
                            @QueryParam("type") String type, @QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("q") String text, @QueryParam("scheduledOnly") boolean scheduledOnly,
                            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return calendar.events(new EventQuery(blankToNull(district), blankToNull(ward), centre, campaign, type(type),
                day("from", from), day("to", to), text, scheduledOnly, page, size));
    }

    @GET
    @Path("{id: \\d+}")
    public EventDetail event(@PathParam("id") long id) {
        return calendar.event(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(EventForm form) {
        long id = planning.create(form);
        return Response.created(UriBuilder.fromPath("/api/events/{id}").build(id)).entity(calendar.event(id).orElseThrow())
                .build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventDetail update(@PathParam("id") long id, EventForm form) {
        planning.update(id, form);
        return calendar.event(id).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{id: \\d+}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    public EventDetail capacity(@PathParam("id") long id, Capacity change) {
        planning.setCapacity(id, change == null ? null : change.capacity());
        return calendar.event(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: \\d+}/cancellation")
    public EventDetail cancel(@PathParam("id") long id) {
        planning.cancel(id);
        return calendar.event(id).orElseThrow(NotFoundException::new);
    }

    @POST
    @Path("{id: \\d+}/rsvp")
    public Response register(@PathParam("id") long id) {
        var rsvp = rsvps.register(id);
        return Response.created(UriBuilder.fromPath("/api/rsvps/{id}").build(rsvp.id())).entity(rsvp).build();
    }

    /** The caller's own registration for the event; 404 when they hold none. */
    @GET
    @Path("{id: \\d+}/rsvp")
    public RsvpView mine(@PathParam("id") long id) {
        return rsvps.mineFor(id).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: \\d+}/roster")
    public EventRoster roster(@PathParam("id") long id) {
        return rsvps.roster(id);
    }

    @POST
    @Path("{id: \\d+}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("id") long id, CheckIn checkIn) {
        if (checkIn == null) {
            throw InvalidInputException.of("rsvpId", "error.invalidInput");
        }
        rsvps.checkIn(id, checkIn.rsvpId());
        return Response.noContent().build();
    }

    @POST
    @Path("{id: \\d+}/walk-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public WalkIns walkIns(@PathParam("id") long id, WalkIns walkIns) {
        if (walkIns == null) {
            throw InvalidInputException.of("count", "error.invalidInput");
        }
        return new WalkIns(rsvps.addWalkIns(id, walkIns.count()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static EventType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return EventType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("type", "error.invalidInput");
        }
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "error.invalidInput");
        }
    }
}
