package vn.hoctap.portal.web.catalog;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.CentrePlanning;
import vn.hoctap.portal.catalog.boundary.CourseForm;
import vn.hoctap.portal.catalog.boundary.CourseManagement;
import vn.hoctap.portal.catalog.boundary.ManagedCourse;
import vn.hoctap.portal.catalog.boundary.PlanningChoices;
import vn.hoctap.portal.catalog.entity.TargetGroup;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * A manager writes a new course of their centre (it starts as a draft that residents do not see),
 * or rewrites one that is not yet completed or cancelled ({@code ?id=}), with the courses of the
 * centre a learner must complete first.
 */
@Named
@ViewScoped
public class CourseEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CentrePlanning planning;

    @Inject
    CourseManagement courses;

    private Long centre;
    private Long id;
    private PlanningChoices choices;

    private String programme;
    private String title;
    private String summary;
    private String description;
    private Integer minAge;
    private Integer maxAge;
    private TargetGroup[] audienceGroups = new TargetGroup[0];
    private String level;
    private String prerequisites;
    private Long[] prerequisiteCourseIds = new Long[0];
    private List<ManagedCourse.CourseChoice> courseChoices;
    private Long fee = 0L;

    public void load() {
        if (choices != null) {
            return;
        }
        if (id != null) {
            ManagedCourse course = planning.course(id);
            centre = course.centreId();
            programme = course.programmeCode();
            title = course.title();
            summary = course.summary();
            description = course.description();
            minAge = course.minAge();
            maxAge = course.maxAge();
            audienceGroups = course.audienceGroups().toArray(TargetGroup[]::new);
            level = course.level();
            prerequisites = course.prerequisites();
            prerequisiteCourseIds = course.requiredCourses().stream().map(ManagedCourse.CourseChoice::id).toArray(Long[]::new);
            fee = course.fee();
        }
        if (centre == null) {
            throw new NotFoundException();
        }
        choices = planning.choices(centre);
        courseChoices = planning.prerequisiteChoices(centre, id);
    }

    public String save() {
        var form = new CourseForm(centre, programme, title, summary, description, minAge, maxAge,
                audienceGroups.length == 0 ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(List.of(audienceGroups)),
                level, prerequisites, fee == null ? 0 : fee, List.of(prerequisiteCourseIds));
        try {
            if (id == null) {
                long created = courses.createCourse(form);
                FacesMessages.infoAfterRedirect("manage.course.created");
                return "/manager/course.xhtml?faces-redirect=true&id=" + created;
            }
            courses.updateCourse(id, form);
            FacesMessages.infoAfterRedirect("manage.course.updated");
            return "/manager/course.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("course", invalid);
            return null;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }

    public PlanningChoices getChoices() {
        return choices;
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public String getProgramme() {
        return programme;
    }

    public void setProgramme(String programme) {
        this.programme = programme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Integer getMinAge() {
        return minAge;
    }

    public void setMinAge(Integer minAge) {
        this.minAge = minAge;
    }

    public Integer getMaxAge() {
        return maxAge;
    }

    public void setMaxAge(Integer maxAge) {
        this.maxAge = maxAge;
    }

    /** An array, not a list: so that Faces converts the ticked boxes to the enum. */
    public TargetGroup[] getAudienceGroups() {
        return audienceGroups.clone();
    }

    public void setAudienceGroups(TargetGroup[] audienceGroups) {
        this.audienceGroups = audienceGroups == null ? new TargetGroup[0] : audienceGroups.clone();
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getPrerequisites() {
        return prerequisites;
    }

    public void setPrerequisites(String prerequisites) {
        this.prerequisites = prerequisites;
    }

    /** The courses of the centre (and those already required) that this one may require. */
    public List<ManagedCourse.CourseChoice> getCourseChoices() {
        return courseChoices;
    }

    /** An array, not a list: so that Faces converts the ticked boxes to numbers. */
    public Long[] getPrerequisiteCourseIds() {
        return prerequisiteCourseIds.clone();
    }

    public void setPrerequisiteCourseIds(Long[] prerequisiteCourseIds) {
        this.prerequisiteCourseIds = prerequisiteCourseIds == null ? new Long[0] : prerequisiteCourseIds.clone();
    }

    public Long getFee() {
        return fee;
    }

    public void setFee(Long fee) {
        this.fee = fee;
    }
}
