package vn.hoctap.portal.web.enrolment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.AttendanceBook;
import vn.hoctap.portal.enrolment.boundary.AttendanceForm;
import vn.hoctap.portal.enrolment.boundary.AttendanceSaved;
import vn.hoctap.portal.enrolment.boundary.AttendanceSheet;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * Marking a session on a phone: everyone is present until the teacher taps the absent ones; a
 * short note per learner if needed; one button saves the sheet.
 */
@Named
@ViewScoped
public class AttendanceView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One learner's line as the form edits it. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long enrolmentId;
        private final String fullName;
        private final Integer birthYear;
        private boolean absent;
        private String note;

        Row(AttendanceSheet.Line line) {
            this.enrolmentId = line.enrolmentId();
            this.fullName = line.fullName();
            this.birthYear = line.birthYear();
            this.absent = !line.present();
            this.note = line.note();
        }

        public long getEnrolmentId() {
            return enrolmentId;
        }

        public String getFullName() {
            return fullName;
        }

        public Integer getBirthYear() {
            return birthYear;
        }

        public boolean isAbsent() {
            return absent;
        }

        public void setAbsent(boolean absent) {
            this.absent = absent;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @Inject
    AttendanceBook book;

    private Long sessionId;
    private AttendanceSheet sheet;
    private List<Row> rows;

    public void load() {
        if (sessionId == null) {
            throw new NotFoundException();
        }
        if (sheet == null) {
            sheet = book.sheet(sessionId);
            rows = sheet.learners().stream().map(Row::new).toList();
        }
    }

    public String save() {
        try {
            AttendanceSaved saved = book.mark(sessionId, new AttendanceForm(rows.stream()
                    .map(r -> new AttendanceForm.Mark(r.enrolmentId, !r.absent, r.note)).toList()));
            if (saved.changed() == 0) {
                FacesMessages.infoAfterRedirect("attendance.saved.unchanged", saved.present(), saved.absent());
            } else {
                FacesMessages.infoAfterRedirect("attendance.saved", saved.present(), saved.absent());
            }
            return "/manager/attendance.xhtml?faces-redirect=true&session=" + sessionId;
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("attendance", invalid);
            return null;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }

    public List<Row> getRows() {
        return rows;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }
}
