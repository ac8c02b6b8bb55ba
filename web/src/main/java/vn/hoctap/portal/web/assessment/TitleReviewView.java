package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.boundary.AssessmentView;
import vn.hoctap.portal.assessment.boundary.ReviewForm;
import vn.hoctap.portal.assessment.boundary.SelfAssessments;
import vn.hoctap.portal.assessment.boundary.TitleReviews;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;

/**
 * /manager/title-review.xhtml?id=…: a self-assessment as its reviewer sees it (indicators, points,
 * evidence, the history) and the three steps, each confirmed: accept, return with comments,
 * reject with a reason.
 */
@Named
@ViewScoped
public class TitleReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfAssessments assessments;

    @Inject
    TitleReviews reviews;

    private Long id;
    private AssessmentView assessment;
    private String comment;

    public void load() {
        if (id == null) {
            throw new vn.hoctap.portal.platform.NotFoundException();
        }
        if (assessment == null) {
            assessment = assessments.assessment(id);
        }
    }

    public String accept() {
        return review(ReviewForm.Action.ACCEPT);
    }

    public String sendBack() {
        return review(ReviewForm.Action.RETURN);
    }

    public String reject() {
        return review(ReviewForm.Action.REJECT);
    }

    private String review(ReviewForm.Action action) {
        return FacesMessages.refusalsShown("review", () -> {
            reviews.review(id, new ReviewForm(action, comment));
            FacesMessages.infoAfterRedirect("titles.review.done." + action);
            return "/manager/title-review.xhtml?faces-redirect=true&id=" + id;
        });
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
