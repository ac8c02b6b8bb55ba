package vn.hoctap.portal.catalog.boundary;

import java.io.Serializable;

/** A programme of the reference list. */
public record ProgrammeRow(long id, String code, String nameVi, String nameEn, boolean literacy) implements Serializable {
}
