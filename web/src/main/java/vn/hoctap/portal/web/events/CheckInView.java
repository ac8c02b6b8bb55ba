package vn.hoctap.portal.web.events;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.events.boundary.EventCalendar;
import vn.hoctap.portal.events.boundary.EventCard;
import vn.hoctap.portal.events.boundary.EventRoster;
import vn.hoctap.portal.events.boundary.RosterRow;
import vn.hoctap.portal.events.boundary.Rsvps;
import vn.hoctap.portal.events.entity.RsvpStatus;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * /manager/checkin.xhtml?event=…: the organiser at the door on a phone — the counts on top, a
 * large "Có mặt" button per registered person (found by name or phone), walk-ins counted with +1.
 */
@Named
@ViewScoped
public class CheckInView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventCalendar calendar;

    @Inject
    Rsvps rsvps;

    private Long eventId;
    private EventCard event;
    private EventRoster roster;

    public void load() {
        if (eventId == null) {
            throw new NotFoundException();
        }
        roster = rsvps.roster(eventId);
        event = calendar.event(eventId).orElseThrow(NotFoundException::new).card();
    }

    /** The people expected: confirmed, then the waiting list (cancelled registrations are left out). */
    public List<RosterRow> getPeople() {
        return roster.rows().stream().filter(r -> r.status() != RsvpStatus.CANCELLED).toList();
    }

    /** Everyone at the event: those checked in and the walk-ins. */
    public long getTotalPresent() {
        return roster.checkedIn() + roster.walkIns();
    }

    public void checkIn(long rsvpId) {
        String name = roster.rows().stream().filter(r -> r.rsvpId() == rsvpId).map(RosterRow::name).findFirst().orElse("");
        Boolean done = FacesMessages.refusalsShown("door", () -> {
            rsvps.checkIn(eventId, rsvpId);
            return Boolean.TRUE;
        });
        if (done != null) {
            FacesMessages.info("events.page.checkin.marked", name);
        }
        roster = rsvps.roster(eventId);
    }

    public void addWalkIns(int count) {
        Integer counted = FacesMessages.refusalsShown("door", () -> rsvps.addWalkIns(eventId, count));
        if (counted != null) {
            FacesMessages.info("events.page.checkin.walkInsAdded", count);
        }
        roster = rsvps.roster(eventId);
    }

    public EventCard getEvent() {
        return event;
    }

    public EventRoster getRoster() {
        return roster;
    }

    public Long getEventId() {
        return eventId;
    }

    public void setEventId(Long eventId) {
        this.eventId = eventId;
    }
}
