package vn.hoctap.portal.web.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.catalog.boundary.CentrePlanning;
import vn.hoctap.portal.catalog.boundary.CourseRow;
import vn.hoctap.portal.catalog.boundary.PlanningChoices;
import vn.hoctap.portal.platform.NotFoundException;

import java.util.List;

/** A centre's courses, for its manager: every status, with the number of classes. */
@Named
@RequestScoped
public class CentreCoursesView {

    @Inject
    CentrePlanning planning;

    private Long centre;
    private PlanningChoices choices;
    private List<CourseRow> courses;

    public void load() {
        if (centre == null) {
            throw new NotFoundException();
        }
        choices = planning.choices(centre);
        courses = planning.courses(centre);
    }

    public Long getCentre() {
        return centre;
    }

    public void setCentre(Long centre) {
        this.centre = centre;
    }

    public String getCentreName() {
        return choices.centre();
    }

    public List<CourseRow> getCourses() {
        return courses;
    }
}
