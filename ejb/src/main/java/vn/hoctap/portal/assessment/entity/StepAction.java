package vn.hoctap.portal.assessment.entity;

/** What happened to an assessment, in its history. */
public enum StepAction {
    STARTED, SUBMITTED, RESUBMITTED, RETURNED, ACCEPTED, REJECTED, RECOGNISED
}
