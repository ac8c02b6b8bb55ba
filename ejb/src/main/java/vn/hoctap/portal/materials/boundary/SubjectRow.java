package vn.hoctap.portal.materials.boundary;

/** A subject of the reference list, with its names in both languages. */
public record SubjectRow(String code, String nameVi, String nameEn) {
}
