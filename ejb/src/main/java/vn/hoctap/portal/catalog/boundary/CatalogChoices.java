package vn.hoctap.portal.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/** What the catalog's filters offer: the programmes and the wards with their centres. */
public record CatalogChoices(List<ProgrammeChoice> programmes, List<WardChoice> wards) implements Serializable {

    public record ProgrammeChoice(String code, String nameVi, String nameEn) implements Serializable {
    }

    public record WardChoice(long wardId, String ward, long centreId, String centre) implements Serializable {
    }
}
