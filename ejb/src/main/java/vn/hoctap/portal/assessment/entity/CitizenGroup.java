package vn.hoctap.portal.assessment.entity;

/**
 * The learning-citizen criteria differ by group (separate appendices of the criteria):
 * workers and farmers, civil servants and public employees, students.
 */
public enum CitizenGroup {
    WORKER, CIVIL_SERVANT, STUDENT
}
