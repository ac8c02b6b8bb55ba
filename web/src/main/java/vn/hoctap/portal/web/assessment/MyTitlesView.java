package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.assessment.boundary.AssessmentRow;
import vn.hoctap.portal.assessment.boundary.SelfAssessments;
import vn.hoctap.portal.assessment.boundary.StartChoices;
import vn.hoctap.portal.assessment.boundary.StartForm;
import vn.hoctap.portal.assessment.entity.CitizenGroup;
import vn.hoctap.portal.assessment.entity.TitleKind;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * /me/titles.xhtml: the resident's self-assessments and the start of a new one — the title (for
 * themself, their family, a clan, their residential group, an organisation), the citizen's group,
 * or the name of what they assess.
 */
@Named
@ViewScoped
public class MyTitlesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfAssessments assessments;

    private StartChoices choices;
    private List<AssessmentRow> mine;
    private TitleKind kind = TitleKind.CITIZEN;
    private CitizenGroup citizenGroup;
    private String subjectName;

    public void load() {
        choices = assessments.choices();
        mine = assessments.mine();
    }

    public String start() {
        return FacesMessages.refusalsShown("start", () -> {
            var started = assessments.start(new StartForm(kind, kind == TitleKind.CITIZEN ? citizenGroup : null,
                    kind.subjectIsNamed() ? subjectName : null));
            return "/me/assessment.xhtml?faces-redirect=true&id=" + started.id();
        });
    }

    public StartChoices getChoices() {
        return choices;
    }

    public List<AssessmentRow> getMine() {
        return mine;
    }

    public TitleKind[] getKinds() {
        return TitleKind.values();
    }

    public CitizenGroup[] getGroups() {
        return CitizenGroup.values();
    }

    public TitleKind getKind() {
        return kind;
    }

    public void setKind(TitleKind kind) {
        this.kind = kind;
    }

    public CitizenGroup getCitizenGroup() {
        return citizenGroup;
    }

    public void setCitizenGroup(CitizenGroup citizenGroup) {
        this.citizenGroup = citizenGroup;
    }

    public String getSubjectName() {
        return subjectName;
    }

    public void setSubjectName(String subjectName) {
        this.subjectName = subjectName;
    }
}
