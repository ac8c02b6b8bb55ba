package vn.hoctap.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventDetail;
import vn.hoctap.portal.events.boundary.RsvpView;
import vn.hoctap.portal.events.boundary.Rsvps;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;

/**
 * /event.xhtml?id=…: an event's page — when, where, organiser, audience, seats left — and, for
 * a signed-in resident, registering, their status (confirmed, or waitlisted with their place) and
 * cancelling; a refusal (past, cancelled) is shown at the top with its reason.
 */
@Named
@ViewScoped
public class EventView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventCalendar calendar;

    @Inject
    java.time.Clock clock;

    @Inject
    Rsvps rsvps;

    private Long id;
    private EventDetail detail;
    private RsvpView mine;
    private boolean mineLoaded;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        detail = calendar.event(id).orElseThrow(NotFoundException::new);
    }

    /** True while one may still register: scheduled and not begun. */
    public boolean isOpen() {
        return !detail.card().cancelled() && !isPast();
    }

    /** True once the event has begun. */
    public boolean isPast() {
        return !detail.card().start().isAfter(java.time.LocalDateTime.now(clock));
    }

    /** The signed-in resident's registration for this event that stands, if any. */
    public RsvpView getMine() {
        if (!mineLoaded && id != null) {
            mine = rsvps.mineFor(id).orElse(null);
            mineLoaded = true;
        }
        return mine;
    }

    public String register() {
        RsvpView rsvp = FacesMessages.refusalsShown("rsvp-form", () -> rsvps.register(id));
        if (rsvp == null) {
            return null;
        }
        switch (rsvp.status()) {
            case WAITLISTED -> FacesMessages.infoAfterRedirect("events.page.rsvp.waitlisted", rsvp.waitlistPlace());
            default -> FacesMessages.infoAfterRedirect("events.page.rsvp.confirmed");
        }
        return again();
    }

    public String cancel() {
        RsvpView current = getMine();
        if (current == null) {
            return again();
        }
        Boolean done = FacesMessages.refusalsShown("rsvp-form", () -> {
            rsvps.cancel(current.id());
            return Boolean.TRUE;
        });
        if (done == null) {
            return null;
        }
        FacesMessages.infoAfterRedirect("events.page.rsvp.cancelled");
        return again();
    }

    /** "vị trí 2 trong danh sách chờ". */
    public String placeText(Integer place) {
        return place == null ? "" : FacesMessages.text("events.page.rsvp.place", place);
    }

    private String again() {
        return "/event.xhtml?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public EventDetail getDetail() {
        return detail;
    }
}
