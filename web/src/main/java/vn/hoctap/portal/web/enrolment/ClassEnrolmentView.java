package vn.hoctap.portal.web.enrolment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.EnrolmentDesk;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;

/** The enrol / cancel part of a class's public page, for a signed-in resident. */
@Named
@ViewScoped
public class ClassEnrolmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnrolmentDesk desk;

    private Long classId;
    private EnrolmentView mine;
    private boolean loaded;

    public EnrolmentView getMine() {
        if (!loaded && classId != null) {
            mine = desk.mineIn(classId).orElse(null);
            loaded = true;
        }
        return mine;
    }

    public String enrol() {
        try {
            EnrolmentView enrolment = desk.enrol(classId);
            switch (enrolment.status()) {
                case CONFIRMED -> FacesMessages.infoAfterRedirect("learning.enrolled");
                case WAITLISTED -> FacesMessages.infoAfterRedirect("learning.waitlisted", enrolment.waitlistPosition());
                default -> FacesMessages.infoAfterRedirect("learning.pending");
            }
            return "/class.xhtml?faces-redirect=true&id=" + classId;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public String cancel() {
        try {
            desk.cancel(getMine().id());
            FacesMessages.infoAfterRedirect("learning.cancelled");
            return "/class.xhtml?faces-redirect=true&id=" + classId;
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }
}
