package vn.hoctap.portal.assessment.entity;

/** Where an assessment stands. Only a draft or a returned assessment may be edited by its owner. */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, ACCEPTED, REJECTED, RECOGNISED;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
