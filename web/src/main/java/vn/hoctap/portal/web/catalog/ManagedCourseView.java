package vn.hoctap.portal.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.CentrePlanning;
import vn.hoctap.portal.catalog.boundary.ClassForm;
import vn.hoctap.portal.catalog.boundary.CourseManagement;
import vn.hoctap.portal.catalog.boundary.ManagedCourse;
import vn.hoctap.portal.catalog.boundary.PlanningChoices;
import vn.hoctap.portal.catalog.entity.CourseStatus;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A course for its manager: its facts, the step to its next status (publish, start, complete,
 * cancel), its classes, and the form that opens a new class.
 */
@Named
@ViewScoped
public class ManagedCourseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentrePlanning planning;

    @Inject
    CourseManagement courses;

    private Long id;
    private ManagedCourse course;
    private PlanningChoices choices;

    private Long teacherId;
    private String guestSpeaker;
    private Long venueId;
    private Integer capacity;
    private LocalDate startDate;
    private LocalDate endDate;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (course == null) {
            course = planning.course(id);
            choices = planning.choices(course.centreId());
        }
    }

    public String moveTo(CourseStatus next) {
        try {
            courses.moveCourse(id, next);
            FacesMessages.infoAfterRedirect("manage.course.moved." + next);
            return "/manager/course.xhtml?faces-redirect=true&id=" + id;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public String addClass() {
        try {
            long classId = courses.addClass(id, new ClassForm(teacherId, teacherId == null ? guestSpeaker : null, venueId,
                    capacity == null ? 0 : capacity, startDate, endDate));
            FacesMessages.infoAfterRedirect("manage.class.created");
            return "/manager/class.xhtml?faces-redirect=true&id=" + classId;
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("newClass", invalid);
            return null;
        }
    }

    public ManagedCourse getCourse() {
        return course;
    }

    public PlanningChoices getChoices() {
        return choices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getTeacherId() {
        return teacherId;
    }

    public void setTeacherId(Long teacherId) {
        this.teacherId = teacherId;
    }

    public String getGuestSpeaker() {
        return guestSpeaker;
    }

    public void setGuestSpeaker(String guestSpeaker) {
        this.guestSpeaker = guestSpeaker;
    }

    public Long getVenueId() {
        return venueId;
    }

    public void setVenueId(Long venueId) {
        this.venueId = venueId;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
