package vn.hoctap.portal.assessment.boundary;

import vn.hoctap.portal.assessment.entity.AssessmentStatus;
import vn.hoctap.portal.assessment.entity.CitizenGroup;
import vn.hoctap.portal.assessment.entity.Scorecard;
import vn.hoctap.portal.assessment.entity.StepAction;
import vn.hoctap.portal.assessment.entity.TitleKind;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An assessment as its owner and its reviewers see it: the criteria set version it was made
 * against, each criterion with its indicators and the answers, the live score and what is
 * missing, the history, and once recognised the decision and certificate.
 *
 * @param editable   its owner may change answers (draft, or returned)
 * @param reviewable it waits for a reviewer's step
 * @param mine       the caller is its owner
 */
public record AssessmentView(long id, TitleKind kind, CitizenGroup citizenGroup, String subjectName, int year,
                             AssessmentStatus status, long wardId, String ward, String residentialGroup, String owner,
                             String ownerContact, long criteriaSetId, String criteriaSetName, int criteriaVersion,
                             boolean publishConsent, LocalDate deadline, Scorecard score, List<Step> criteria,
                             List<History> history, String decisionNumber, LocalDate decidedOn, String verificationCode,
                             boolean editable, boolean reviewable, boolean mine) implements Serializable {

    /** One criterion: a step of the form. */
    public record Step(String code, String title, List<Item> indicators) implements Serializable {
    }

    /** An indicator with its answer. */
    public record Item(int number, String text, int maxPoints, Integer minPoints, boolean mandatory, String evidenceHint,
                       Integer points, String evidence, String fileName, Long fileSize, String fileType)
            implements Serializable {
    }

    /** A step of the assessment's life. */
    public record History(StepAction action, String actor, Instant at, String comment) implements Serializable {
    }

    /** The last comment a reviewer left when returning or rejecting it, if any. */
    public String lastReviewComment() {
        for (int i = history.size() - 1; i >= 0; i--) {
            History h = history.get(i);
            if (h.action() == StepAction.RETURNED || h.action() == StepAction.REJECTED) {
                return h.comment();
            }
        }
        return null;
    }
}
