package vn.hoctap.portal.web.enrolment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.ClassRoster;
import vn.hoctap.portal.enrolment.boundary.ClassRosterView;
import vn.hoctap.portal.enrolment.boundary.EnrolmentView;
import vn.hoctap.portal.enrolment.boundary.LearnerForm;
import vn.hoctap.portal.enrolment.boundary.LearnerMatch;
import vn.hoctap.portal.enrolment.entity.Eligibility;
import vn.hoctap.portal.enrolment.entity.EnrolmentStatus;
import vn.hoctap.portal.platform.BusinessException;
import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.platform.NotFoundException;
import vn.hoctap.portal.web.platform.FacesMessages;

import java.io.Serializable;
import java.util.List;

/**
 * A class's roster: its learners, pending requests, the waitlist and the sessions, for the class's
 * manager and teacher. The manager also finds a learner of the centre by name or records a walk-in
 * and enrols them — after a refusal for the course prerequisites alone, also as an exception it
 * confirms with a ticked box —, approves or refuses requests, switches approval mode and cancels
 * enrolments (after a confirmation).
 */
@Named
@ViewScoped
public class RosterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassRoster roster;

    private Long classId;
    private ClassRosterView view;

    private String query;
    private List<LearnerMatch> matches;

    private String fullName;
    private Integer birthYear;
    private Long groupId;
    private String phone;
    private Integer completedGrade;

    /** Set once the rules refused for the course prerequisites alone: the manager may then enrol as an exception. */
    private boolean prerequisitesRefused;
    private boolean waivePrerequisites;

    public void load() {
        if (classId == null) {
            throw new NotFoundException();
        }
        if (view == null) {
            view = roster.roster(classId);
        }
    }

    public void search() {
        matches = roster.candidates(classId, query);
        if (matches.isEmpty()) {
            FacesMessages.info("roster.search.none", query == null ? "" : query);
        }
    }

    public String enrol(long learnerId, String name) {
        try {
            return enrolled(roster.enrol(classId, learnerId, waivePrerequisites), name);
        } catch (BusinessException refused) {
            return refusedEnrolment(refused);
        }
    }

    public String enrolNew() {
        try {
            LearnerForm form = new LearnerForm(fullName, birthYear, groupId, phone, completedGrade);
            return enrolled(roster.enrolNew(classId, form, waivePrerequisites), form.normalised().fullName());
        } catch (InvalidInputException invalid) {
            FacesMessages.errors("walkin", invalid);
            return null;
        } catch (BusinessException refused) {
            return refusedEnrolment(refused);
        }
    }

    /** The refusal, and for the prerequisites the way to the conscious exception: a box to tick, then enrol again. */
    private String refusedEnrolment(BusinessException refused) {
        FacesMessages.error(refused);
        if (Eligibility.PREREQUISITES.equals(refused.messageKey())) {
            prerequisitesRefused = true;
            FacesMessages.info("roster.waive.hint");
        }
        return null;
    }

    public boolean isPrerequisitesRefused() {
        return prerequisitesRefused;
    }

    public boolean isWaivePrerequisites() {
        return waivePrerequisites;
    }

    public void setWaivePrerequisites(boolean waivePrerequisites) {
        this.waivePrerequisites = waivePrerequisites;
    }

    private String enrolled(EnrolmentView enrolment, String name) {
        if (!enrolment.created()) {
            FacesMessages.infoAfterRedirect("roster.enrolled.existing", name);
        } else if (enrolment.status() == EnrolmentStatus.WAITLISTED) {
            FacesMessages.infoAfterRedirect("roster.enrolled.WAITLISTED", name, enrolment.waitlistPosition());
        } else {
            FacesMessages.infoAfterRedirect("roster.enrolled.CONFIRMED", name);
        }
        return self();
    }

    public String cancel(long enrolmentId, String name) {
        return act(() -> roster.cancel(classId, enrolmentId), "roster.cancelled", name);
    }

    public String approve(long enrolmentId, String name) {
        try {
            EnrolmentView approved = roster.approve(classId, enrolmentId);
            FacesMessages.infoAfterRedirect(approved.status() == EnrolmentStatus.WAITLISTED
                    ? "roster.approved.WAITLISTED" : "roster.approved.CONFIRMED", name, approved.waitlistPosition());
            return self();
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    public String refuse(long enrolmentId, String name) {
        return act(() -> roster.refuse(classId, enrolmentId), "roster.refused", name);
    }

    public String switchApproval() {
        boolean required = !view.approvalRequired();
        return act(() -> roster.requireApproval(classId, required),
                required ? "roster.approvalMode.on" : "roster.approvalMode.off", "");
    }

    private String act(Runnable action, String doneKey, String name) {
        try {
            action.run();
            FacesMessages.infoAfterRedirect(doneKey, name);
            return self();
        } catch (BusinessException refused) {
            FacesMessages.error(refused);
            return null;
        }
    }

    private String self() {
        return "/manager/roster.xhtml?faces-redirect=true&class=" + classId;
    }

    public ClassRosterView getRoster() {
        return view;
    }

    public List<LearnerMatch> getMatches() {
        return matches;
    }

    public int[] getGrades() {
        return new int[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    }

    public Long getClassId() {
        return classId;
    }

    public void setClassId(Long classId) {
        this.classId = classId;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Integer getCompletedGrade() {
        return completedGrade;
    }

    public void setCompletedGrade(Integer completedGrade) {
        this.completedGrade = completedGrade;
    }
}
