package vn.hoctap.portal.catalog.boundary;

import java.io.Serializable;
import java.util.List;

/** What a centre's manager chooses from when planning: programmes, the centre's venues and teachers. */
public record PlanningChoices(long centreId, String centre, List<CatalogChoices.ProgrammeChoice> programmes,
                              List<VenueChoice> venues, List<TeacherChoice> teachers) implements Serializable {

    public record VenueChoice(long id, String name, int capacity) implements Serializable {
    }

    public record TeacherChoice(long id, String name) implements Serializable {
    }
}
