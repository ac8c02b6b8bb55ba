package vn.hoctap.portal.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.hoctap.portal.identity.entity.Account;
import vn.hoctap.portal.identity.entity.Role;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.InvalidInputException.FieldError;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One class of a course: taught by a teacher of the centre or a named guest speaker, in a venue
 * that seats it, between two dates that hold all its sessions.
 */
@Entity
@Table(name = "class_offering")
// the seats live in a row of their own, which nothing refers to: claiming one never waits for an
// enrolment being stored (V7__class_seats.sql)
@SecondaryTable(name = "class_seats", pkJoinColumns = @PrimaryKeyJoinColumn(name = "class_id"))
public class ClassOffering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "teacher_id")
    private Account teacher;

    @Column(name = "guest_speaker", length = 200)
    private String guestSpeaker;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id", nullable = false)
    private Venue venue;

    @Column(table = "class_seats", nullable = false)
    private int capacity;

    /**
     * Confirmed learners. Only enrolment changes it, with one conditional update of the seats'
     * row ({@code seats_taken < capacity}), so the entity reads it and never writes it.
     */
    @Column(table = "class_seats", name = "seats_taken", nullable = false, insertable = false, updatable = false)
    private int seatsTaken;

    /** Enrolments wait for the manager's approval before they take a seat. */
    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(nullable = false)
    private boolean cancelled;

    /** Weekdays the class meets on, as "|TUESDAY|THURSDAY|"; with the usual times, what the catalog filters on. */
    @Column(name = "weekdays", nullable = false, length = 80)
    private String weekdays = "";

    @Column(name = "usual_start")
    private LocalTime usualStart;

    @Column(name = "usual_end")
    private LocalTime usualEnd;

    @Version
    private int version;

    protected ClassOffering() {
    }

    /**
     * @param teacher      a TEACHER of the course's centre, or null when a guest speaker teaches
     * @param guestSpeaker the guest's name and role, or null when a teacher teaches
     */
    public ClassOffering(String code, Course course, Account teacher, String guestSpeaker, Venue venue,
                         int capacity, LocalDate startDate, LocalDate endDate) {
        List<FieldError> errors = new ArrayList<>();
        if ((teacher == null) == (guestSpeaker == null || guestSpeaker.isBlank())) {
            errors.add(new FieldError("teacherId", "class.teacher.oneOf"));
        }
        if (teacher != null && (teacher.role() != Role.TEACHER || !course.centre().equals(teacher.centre()))) {
            errors.add(new FieldError("teacherId", "class.teacher.notOfCentre"));
        }
        if (!venue.belongsTo(course.centre())) {
            errors.add(new FieldError("venueId", "class.venue.notOfCentre"));
        }
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            errors.add(new FieldError("endDate", "class.dates.endBeforeStart"));
        }
        errors.addAll(capacityErrors(capacity, venue, 0));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.code = Objects.requireNonNull(code);
        this.course = course;
        this.teacher = teacher;
        this.guestSpeaker = teacher == null ? guestSpeaker.strip() : null;
        this.venue = venue;
        this.capacity = capacity;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    /** A new number of seats: never below the learners already enrolled, never above the venue. */
    public void changeCapacity(int newCapacity, int enrolled) {
        List<FieldError> errors = capacityErrors(newCapacity, venue, enrolled);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        capacity = newCapacity;
    }

    private static List<FieldError> capacityErrors(int capacity, Venue venue, int enrolled) {
        List<FieldError> errors = new ArrayList<>();
        if (capacity < 1) {
            errors.add(new FieldError("capacity", "class.capacity.positive"));
        } else if (capacity > venue.capacity()) {
            errors.add(new FieldError("capacity", "class.capacity.aboveVenue"));
        } else if (capacity < enrolled) {
            errors.add(new FieldError("capacity", "class.capacity.belowEnrolments"));
        }
        return errors;
    }

    /** True when the slot lies within the class's first and last day. */
    public boolean holds(TimeSlot slot) {
        return !slot.date().isBefore(startDate) && !slot.date().isAfter(endDate);
    }

    /** Remembers the weekly pattern of the sessions just scheduled, for the catalog's filters. */
    public void followsPattern(java.util.Collection<TimeSlot> slots) {
        var days = weekdays();
        for (TimeSlot slot : slots) {
            days.add(slot.date().getDayOfWeek());
            if (usualStart == null || slot.start().toLocalTime().isBefore(usualStart)) {
                usualStart = slot.start().toLocalTime();
                usualEnd = slot.end().toLocalTime();
            }
        }
        weekdays = patternText(days);
    }

    /** The stored form of a set of weekdays: "|TUESDAY|THURSDAY|", or empty. */
    public static String patternText(java.util.Set<java.time.DayOfWeek> days) {
        return days.isEmpty() ? "" : days.stream().sorted().map(Enum::name)
                .collect(java.util.stream.Collectors.joining("|", "|", "|"));
    }

    /** How a weekday appears in the stored pattern, for "meets on" filters. */
    public static String patternOf(java.time.DayOfWeek day) {
        return "|" + day.name() + "|";
    }

    public java.util.Set<java.time.DayOfWeek> weekdays() {
        var days = java.util.EnumSet.noneOf(java.time.DayOfWeek.class);
        for (var day : java.time.DayOfWeek.values()) {
            if (weekdays.contains(patternOf(day))) {
                days.add(day);
            }
        }
        return days;
    }

    public LocalTime usualStart() {
        return usualStart;
    }

    public LocalTime usualEnd() {
        return usualEnd;
    }

    /** Calls the whole class off; its sessions count as cancelled from now on. */
    public ScheduleChange cancel(String reason, long changedBy, java.time.Instant now) {
        if (cancelled) {
            throw new vn.hoctap.portal.platform.BusinessException("class.cancelled");
        }
        cancelled = true;
        return new ScheduleChange(ScheduleChange.Kind.CLASS_CANCELLED, this, null, null, null, reason, changedBy, now);
    }

    /** How the class is named to a manager who sees a clash with it. */
    public String label() {
        return course.title() + " (" + code + ")";
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public Course course() {
        return course;
    }

    public Account teacher() {
        return teacher;
    }

    public String guestSpeaker() {
        return guestSpeaker;
    }

    public Venue venue() {
        return venue;
    }

    public int seatsTaken() {
        return seatsTaken;
    }

    public int seatsLeft() {
        return capacity - seatsTaken;
    }

    public boolean approvalRequired() {
        return approvalRequired;
    }

    public void requireApproval(boolean required) {
        this.approvalRequired = required;
    }

    public int capacity() {
        return capacity;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public boolean cancelled() {
        return cancelled;
    }
}
