package vn.hoctap.portal.enrolment.entity;

/** A learner's result at the end of a class, as the teacher or the manager records it. */
public enum LearningResult {
    COMPLETED,
    NOT_COMPLETED
}
