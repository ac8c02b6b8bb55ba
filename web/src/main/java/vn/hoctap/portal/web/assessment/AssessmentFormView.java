package vn.hoctap.portal.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.hoctap.portal.assessment.boundary.AnswerForm;
import vn.hoctap.portal.assessment.boundary.AssessmentView;
import vn.hoctap.portal.assessment.boundary.SelfAssessments;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * /me/assessment.xhtml?id=…: the guided self-assessment, one criterion per step on a phone, each
 * answer saved as soon as it changes (the form is a draft as it goes), the live score and what is
 * still missing beside it; the last step asks for consent to publish and submits. Once submitted,
 * the page follows the assessment: its status, the reviewer's comments, the decision and the
 * certificate.
 */
@Named
@ViewScoped
public class AssessmentFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SelfAssessments assessments;

    private Long id;
    private int step;
    private AssessmentView assessment;
    private final Map<Integer, Integer> points = new HashMap<>();
    private final Map<Integer, String> evidence = new HashMap<>();
    private boolean consent;

    public void load() {
        if (id == null) {
            throw new vn.hoctap.portal.platform.NotFoundException();
        }
        if (assessment == null) {
            refresh(assessments.assessment(id));
        }
    }

    private void refresh(AssessmentView view) {
        assessment = view;
        consent = view.publishConsent();
        view.criteria().forEach(c -> c.indicators().forEach(i -> {
            points.put(i.number(), i.points());
            evidence.put(i.number(), i.evidence());
        }));
    }

    /** One indicator's answer changed: saved at once. */
    public void save(int indicator) {
        FacesMessages.refusalsShown("form", () ->
                assessment = assessments.answer(id, indicator, new AnswerForm(points.get(indicator), evidence.get(indicator))));
    }

    /** Saves every answer of the step, then goes on when they are all accepted. */
    public void next() {
        if (saveStep()) {
            step = Math.min(step + 1, getSteps() - 1);
            FacesMessages.info("titles.form.saved");
        }
    }

    public void previous() {
        if (saveStep()) {
            step = Math.max(0, step - 1);
        }
    }

    public void goTo(int target) {
        if (saveStep()) {
            step = Math.max(0, Math.min(target, getSteps() - 1));
        }
    }

    private boolean saveStep() {
        if (!assessment.editable() || step >= assessment.criteria().size()) {
            return true;
        }
        for (AssessmentView.Item item : assessment.criteria().get(step).indicators()) {
            try {
                assessment = assessments.answer(id, item.number(), new AnswerForm(points.get(item.number()), evidence.get(item.number())));
            } catch (InvalidInputException invalid) {
                FacesMessages.errors("form", invalid);
                return false;
            } catch (BusinessException refused) {
                FacesMessages.error(refused);
                return false;
            }
        }
        return true;
    }

    /** An evidence photo or PDF arrives for the indicator named by the upload's {@code indicator} attribute. */
    public void upload(FileUploadEvent event) {
        int indicator = Integer.parseInt(String.valueOf(event.getComponent().getAttributes().get("indicator")));
        try (InputStream in = event.getFile().getInputStream()) {
            assessment = assessments.attachEvidence(id, indicator, event.getFile().getFileName(), in);
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("form", invalid);
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeFile(int indicator) {
        assessment = assessments.removeEvidence(id, indicator);
    }

    public void saveConsent() {
        assessment = assessments.consent(id, consent);
    }

    public String submit() {
        return FacesMessages.refusalsShown("form", () -> {
            assessments.consent(id, consent);
            assessments.submit(id);
            FacesMessages.infoAfterRedirect("titles.form.submitted");
            return "/me/assessment.xhtml?faces-redirect=true&id=" + id;
        });
    }

    /** The criteria, then the final step (consent and submission). */
    public int getSteps() {
        return assessment.criteria().size() + 1;
    }

    public boolean isFinalStep() {
        return step >= assessment.criteria().size();
    }

    public AssessmentView.Step getCurrent() {
        return isFinalStep() ? null : assessment.criteria().get(step);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getStep() {
        return step;
    }

    public AssessmentView getAssessment() {
        return assessment;
    }

    public Map<Integer, Integer> getPoints() {
        return points;
    }

    public Map<Integer, String> getEvidence() {
        return evidence;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
