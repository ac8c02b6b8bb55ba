package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.boundary.AssessmentRow;
import vn.hoctap.portal.assessment.boundary.DecisionForm;
import vn.hoctap.portal.assessment.boundary.DecisionResult;
import vn.hoctap.portal.assessment.boundary.QueueQuery;
import vn.hoctap.portal.assessment.boundary.TitleReviews;
import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * /manager/title-decisions.xhtml?ward=…: the ward's accepted self-assessments to pick into a
 * recognition decision (number, date, signer), issued with one confirmation; the decisions issued
 * with the verification code of each certificate.
 */
@Named
@ViewScoped
public class DecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TitleReviews reviews;

    private Long ward;
    private List<TitleReviews.WardRow> wards;
    private List<AssessmentRow> accepted;
    private List<DecisionResult> decisions;
    private List<Long> picked = new ArrayList<>();
    private String number;
    private LocalDate decidedOn;
    private String signer;

    public void load() {
        wards = reviews.wards();
        if (ward == null && !wards.isEmpty()) {
            ward = wards.get(0).id();
        }
        refresh();
    }

    private void refresh() {
        if (ward == null) {
            accepted = List.of();
            decisions = List.of();
            return;
        }
        accepted = reviews.queue(new QueueQuery(ward, AssessmentStatus.ACCEPTED, null, null, 0, 100)).rows();
        decisions = reviews.decisions(ward);
    }

    public String issue() {
        return FacesMessages.refusalsShown("decision", () -> {
            DecisionResult result = reviews.decide(new DecisionForm(ward, number, decidedOn, signer, picked));
            FacesMessages.infoAfterRedirect("titles.decisions.issued", result.number(), result.recognised().size());
            return "/manager/title-decisions.xhtml?faces-redirect=true&ward=" + ward;
        });
    }

    public Long getWard() {
        return ward;
    }

    public void setWard(Long ward) {
        this.ward = ward;
    }

    public List<TitleReviews.WardRow> getWards() {
        return wards;
    }

    public List<AssessmentRow> getAccepted() {
        return accepted;
    }

    public List<DecisionResult> getDecisions() {
        return decisions;
    }

    public List<Long> getPicked() {
        return picked;
    }

    public void setPicked(List<Long> picked) {
        this.picked = picked;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getSigner() {
        return signer;
    }

    public void setSigner(String signer) {
        this.signer = signer;
    }
}
