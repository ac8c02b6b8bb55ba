package vn.hoctap.portal.catalog.boundary;

import vn.hoctap.portal.catalog.entity.CourseStatus;

/** One course in its centre's list, for the manager. */
public record CourseRow(long id, String title, String programmeVi, String programmeEn, CourseStatus status,
                        long classes) {
}
