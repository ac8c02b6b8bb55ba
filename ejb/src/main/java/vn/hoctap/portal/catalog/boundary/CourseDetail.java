package vn.hoctap.portal.catalog.boundary;

import vn.hoctap.portal.catalog.entity.CourseStatus;

import java.util.List;
import java.util.Set;

/** A course in the catalog: what it is, for whom, and its classes as the catalog lists them. */
public record CourseDetail(long id, String title, String summary, String description, String programmeCode,
                           String programmeVi, String programmeEn, String centre, String ward, Integer minAge,
                           Integer maxAge, Set<String> audienceGroups, String level, String prerequisites, long fee,
                           CourseStatus status, List<ClassCard> classes) {
}
