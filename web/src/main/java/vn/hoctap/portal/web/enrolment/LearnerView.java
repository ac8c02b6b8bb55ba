package vn.hoctap.portal.web.enrolment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.LearnerFile;
import vn.hoctap.portal.enrolment.boundary.LearnerRecords;
import vn.hoctap.portal.enrolment.boundary.SchoolingForm;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;

/**
 * A learner's record for the centre's manager: who they are, the schooling the manager records
 * (a finished grade 3 admits to literacy phase 2), and their path through classes.
 */
@Named
@ViewScoped
public class LearnerView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearnerRecords records;

    private Long id;
    private LearnerFile learner;
    private Integer completedGrade;

    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        if (learner == null) {
            learner = records.learner(id);
            completedGrade = learner.completedGrade();
        }
    }

    public String saveSchooling() {
        try {
            records.recordSchooling(id, new SchoolingForm(completedGrade));
            FacesMessages.infoAfterRedirect("learner.schooling.saved");
            return "/manager/learner.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("schooling", invalid);
            return null;
        }
    }

    public int[] getGrades() {
        return new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    }

    public LearnerFile getLearner() {
        return learner;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getCompletedGrade() {
        return completedGrade;
    }

    public void setCompletedGrade(Integer completedGrade) {
        this.completedGrade = completedGrade;
    }
}
