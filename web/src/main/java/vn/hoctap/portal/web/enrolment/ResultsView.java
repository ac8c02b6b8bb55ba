package vn.hoctap.portal.web.enrolment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.Certificates;
import vn.hoctap.portal.enrolment.boundary.ClassResults;
import vn.hoctap.portal.enrolment.boundary.ClassRoster;
import vn.hoctap.portal.enrolment.boundary.ClassRosterView;
import vn.hoctap.portal.enrolment.boundary.IssuedCertificate;
import vn.hoctap.portal.enrolment.boundary.ResultForm;
import vn.hoctap.portal.enrolment.entity.LearningResult;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of a class: completed or not for each confirmed learner (the literacy level follows
 * from the class), with a note, saved together; then the manager issues the certificates of the
 * completed learners, one by one or all at once.
 */
@Named
@ViewScoped
public class ResultsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One learner's result as the form edits it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final ClassRosterView.Line line;
        private LearningResult result;
        private String note;

        Row(ClassRosterView.Line line) {
            this.line = line;
            this.result = line.result();
            this.note = line.note();
        }

        public ClassRosterView.Line getLine() {
            return line;
        }

        public LearningResult getResult() {
            return result;
        }

        public void setResult(LearningResult result) {
            this.result = result;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @Inject
    ClassRoster roster;

    @Inject
    ClassResults results;

    @Inject
    Certificates certificates;

    private Long classId;
    private ClassRosterView view;
    private List<Row> rows;

    public void load() {
        if (classId == null) {
            throw new NotFoundException();
        }
        if (view == null) {
            view = roster.roster(classId);
            rows = view.confirmed().stream().map(Row::new).toList();
        }
    }

    public String save() {
        Map<Long, ResultForm> forms = new LinkedHashMap<>();
        rows.forEach(r -> forms.put(r.line.enrolmentId(), new ResultForm(r.result, null, r.note)));
        try {
            int changed = results.recordAll(classId, forms);
            FacesMessages.infoAfterRedirect("results.saved", changed);
            return self();
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("results", invalid);
            return null;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public String issue(long enrolmentId) {
        try {
            IssuedCertificate issued = certificates.issue(enrolmentId);
            FacesMessages.infoAfterRedirect("results.certificate.issued", issued.learnerName(), issued.verificationCode());
            return self();
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public String issueAll() {
        try {
            FacesMessages.infoAfterRedirect("results.certificates.issued", certificates.issueAll(classId));
            return self();
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    private String self() {
        return "/manager/results.xhtml?faces-redirect=true&class=" + classId;
    }

    /** Completed learners by the saved results: those a certificate can be issued to. */
    public List<ClassRosterView.Line> getCompleted() {
        return view.confirmed().stream().filter(l -> l.result() == LearningResult.COMPLETED).toList();
    }

    public boolean isAnyToCertify() {
        return getCompleted().stream().anyMatch(l -> !l.certified());
    }

    public LearningResult[] getResultChoices() {
        return LearningResult.values();
    }

    public ClassRosterView getRoster() {
        return view;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }
}
