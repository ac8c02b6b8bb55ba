package vn.hoctap.portal.materials.boundary;

import java.time.LocalDate;

/** One material in a manager's list, with its current version's extraction. */
public record MaterialRow(long id, String title, String format, String status, String subjectVi, String subjectEn,
                          String publisher, LocalDate published, int version, ExtractionState extraction) {
}
