package vn.hoctap.portal.web.catalog;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.CentrePlanning;
import vn.hoctap.portal.catalog.boundary.ClassScheduling;
import vn.hoctap.portal.catalog.boundary.ManagedClass;
import vn.hoctap.portal.catalog.boundary.PlannedSession;
import vn.hoctap.portal.catalog.boundary.ScheduleClashException;
import vn.hoctap.portal.catalog.boundary.ScheduleResult;
import vn.hoctap.portal.catalog.boundary.TimetableChanges;
import vn.hoctap.portal.catalog.boundary.WeeklyPlan;
import vn.hoctap.portal.catalog.entity.Clash;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A manager plans a class's sessions: weekly ("Tuesday and Thursday 19:00–21:00 for 12 weeks")
 * or one at a time. When the plan clashes, the page lists each clash; a venue clash can be
 * accepted consciously ("share the venue"), a teacher clash never. Sessions and the whole class
 * can be cancelled, with a reason.
 */
@Named
@ViewScoped
public class ClassPlanView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A clash as the page shows it. */
    public record ClashLine(String kind, String text) implements Serializable {
    }

    private enum Attempt { WEEKLY, SINGLE }

    @Inject
    CentrePlanning planning;

    @Inject
    ClassScheduling scheduling;

    @Inject
    TimetableChanges changes;

    private Long id;
    private ManagedClass plan;

    private DayOfWeek[] days = new DayOfWeek[0];
    private LocalTime from;
    private LocalTime to;
    private LocalDate firstDay;
    private Integer weeks;

    private LocalDate sessionDay;
    private LocalTime sessionFrom;
    private LocalTime sessionTo;

    private List<ClashLine> clashes = List.of();
    private boolean onlyVenueClashes;
    private Attempt lastAttempt;

    private String reason;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (plan == null) {
            plan = planning.classPlan(id);
        }
    }

    public void scheduleWeekly() {
        lastAttempt = Attempt.WEEKLY;
        schedule(false);
    }

    public void addSession() {
        lastAttempt = Attempt.SINGLE;
        schedule(false);
    }

    /** The manager accepts sharing the venue: the same plan again, venue clashes allowed. */
    public void shareVenueAndRetry() {
        if (lastAttempt != null && onlyVenueClashes) {
            schedule(true);
        }
    }

    private void schedule(boolean acceptVenueSharing) {
        clashes = List.of();
        onlyVenueClashes = false;
        try {
            ScheduleResult result = lastAttempt == Attempt.WEEKLY
                    ? scheduling.scheduleWeekly(id, new WeeklyPlan(days.length == 0 ? EnumSet.noneOf(DayOfWeek.class)
                    : EnumSet.copyOf(List.of(days)), from, to, firstDay, weeks == null ? 0 : weeks, acceptVenueSharing))
                    : scheduling.addSession(id, new PlannedSession(sessionDay == null || sessionFrom == null ? null
                    : sessionDay.atTime(sessionFrom), sessionDay == null || sessionTo == null ? null
                    : sessionDay.atTime(sessionTo), acceptVenueSharing));
            plan = planning.classPlan(id);
            lastAttempt = null;
            if (result.skipped().isEmpty()) {
                FacesMessages.info("manage.schedule.saved", result.sessions().size());
            } else {
                FacesMessages.info("manage.schedule.savedSkipping", result.sessions().size(), result.skipped().size(),
                        result.skipped().stream().map(s -> s.holiday() + " (" + s.date().getDayOfMonth() + "/"
                                + s.date().getMonthValue() + ")").distinct().collect(Collectors.joining(", ")));
            }
        } catch (InvalidInputException invalid) {
            FacesMessages.errors(lastAttempt == Attempt.WEEKLY ? "weekly" : "single", invalid);
        } catch (ScheduleClashException clash) {
            var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            clashes = ClashTexts.grouped(clash.clashes(), locale).stream()
                    .map(e -> new ClashLine(e.getKey().name(), e.getValue())).toList();
            onlyVenueClashes = clash.onlyVenueClashes();
            FacesMessages.error(clash);
        }
    }

    public void cancelSession(long sessionId) {
        try {
            changes.cancelSession(sessionId, reason);
            plan = planning.classPlan(id);
            FacesMessages.info("manage.session.cancelled");
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        }
    }

    public void cancelClass() {
        try {
            changes.cancelClass(id, reason);
            plan = planning.classPlan(id);
            FacesMessages.info("manage.class.cancelled");
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        }
    }

    public boolean isVenueClash(ClashLine line) {
        return Clash.Kind.VENUE.name().equals(line.kind());
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public ManagedClass getPlan() {
        return plan;
    }

    public List<ClashLine> getClashes() {
        return clashes;
    }

    public boolean isOnlyVenueClashes() {
        return onlyVenueClashes;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** An array, not a list: so that Faces converts the ticked boxes to the enum. */
    public DayOfWeek[] getDays() {
        return days.clone();
    }

    public void setDays(DayOfWeek[] days) {
        this.days = days == null ? new DayOfWeek[0] : days.clone();
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public Integer getWeeks() {
        return weeks;
    }

    public void setWeeks(Integer weeks) {
        this.weeks = weeks;
    }

    public LocalDate getSessionDay() {
        return sessionDay;
    }

    public void setSessionDay(LocalDate sessionDay) {
        this.sessionDay = sessionDay;
    }

    public LocalTime getSessionFrom() {
        return sessionFrom;
    }

    public void setSessionFrom(LocalTime sessionFrom) {
        this.sessionFrom = sessionFrom;
    }

    public LocalTime getSessionTo() {
        return sessionTo;
    }

    public void setSessionTo(LocalTime sessionTo) {
        this.sessionTo = sessionTo;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
