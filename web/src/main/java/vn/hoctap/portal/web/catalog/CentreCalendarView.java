package vn.hoctap.portal.web.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import vn.hoctap.portal.catalog.boundary.CalendarEntry;
import vn.hoctap.portal.catalog.boundary.CentrePlanning;
import vn.hoctap.portal.catalog.boundary.PlanningChoices;
import vn.hoctap.portal.catalog.boundary.ScheduleClashException;
import vn.hoctap.portal.catalog.boundary.SessionMove;
import vn.hoctap.portal.catalog.boundary.TimetableChanges;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A centre's timetable as a calendar (month, week, day, list), of every class or of one venue or
 * one teacher. Dragging or stretching a session moves it through the same rules as planning: a
 * clash is refused with its reason and the session goes back where it was.
 */
@Named
@ViewScoped
public class CentreCalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentrePlanning planning;

    @Inject
    TimetableChanges changes;

    private Long centre;
    private Long venue;
    private Long teacher;
    private LocalDate date;
    private boolean shareVenue;

    private PlanningChoices choices;
    private ScheduleModel model;

    public void load() {
        if (centre == null) {
            throw new NotFoundException();
        }
        if (choices == null) {
            choices = planning.choices(centre);
            model = new Sessions();
        }
    }

    /** Loads the sessions of the range the calendar shows, whenever it changes. */
    private class Sessions extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime from, LocalDateTime to) {
            for (CalendarEntry entry : planning.calendar(centre, venue, teacher, from, to)) {
                addEvent(DefaultScheduleEvent.<Long>builder()
                        .id(Long.toString(entry.sessionId()))
                        .data(entry.sessionId())
                        .title(entry.title() + " · " + entry.venue() + (entry.teacher() == null ? "" : " · " + entry.teacher()))
                        .description(entry.venue())
                        .startDate(entry.start())
                        .endDate(entry.end())
                        .editable(!entry.cancelled())
                        // the server decides about clashes (a venue may be shared); the browser must not refuse the drop
                        .overlapAllowed(true)
                        .styleClass(entry.cancelled() ? "session-cancelled" : entry.venueShared() ? "session-shared" : "session")
                        .url(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                                + "/manager/class.xhtml?id=" + entry.classId())
                        .build());
            }
        }
    }

    public void onMove(ScheduleEntryMoveEvent event) {
        move(event.getScheduleEvent());
    }

    public void onResize(ScheduleEntryResizeEvent event) {
        move(event.getScheduleEvent());
    }

    /** The event already carries the dates it was dropped on; the session follows, or the calendar reloads. */
    private void move(ScheduleEvent<?> event) {
        long sessionId = (Long) event.getData();
        try {
            changes.move(sessionId, new SessionMove(event.getStartDate(), event.getEndDate(), shareVenue, null));
            FacesMessages.info("manage.session.moved");
        } catch (ScheduleClashException clash) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            FacesMessages.error(clash);
            clash.clashes().forEach(c -> FacesMessages.errorText(ClashTexts.text(c, locale)));
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("calendar", invalid);
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        }
    }

    public PlanningChoices getChoices() {
        return choices;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public Long getVenue() {
        return venue;
    }

    public void setVenue(Long venue) {
        this.venue = venue;
    }

    public Long getTeacher() {
        return teacher;
    }

    public void setTeacher(Long teacher) {
        this.teacher = teacher;
    }

    /** The day the calendar opens on (from the address), today when none is given. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isShareVenue() {
        return shareVenue;
    }

    public void setShareVenue(boolean shareVenue) {
        this.shareVenue = shareVenue;
    }
}
