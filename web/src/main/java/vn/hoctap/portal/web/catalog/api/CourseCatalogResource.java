package vn.hoctap.portal.web.catalog.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.hoctap.portal.catalog.boundary.CatalogQuery;
import vn.hoctap.portal.catalog.boundary.CatalogSearch;
import vn.hoctap.portal.catalog.boundary.CourseDetail;
import vn.hoctap.portal.catalog.entity.TimeOfDay;
import vn.hoctap.portal.platform.InvalidInputException;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /api/courses}: the public catalog of published classes, and {@code GET /api/courses/{id}}: one
 * course with its classes. Open to everyone.
 * {@code ?q=xoa mu chu&ward=3&centre=1&programme=LITERACY_1&day=TUESDAY&day=THURSDAY
 * &time=EVENING&within=30&freeSeats=true&free=true&sort=START_DATE&page=0&size=20}
 */
@Path("courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseCatalogResource {

    @Inject
    CatalogSearch catalog;

    @Inject
    RenderedCatalogPages pages;

    /** The page as JSON ({@link CatalogPageWriter}), rendered once per catalog version ({@link RenderedCatalogPages}). */
    @GET
    public byte[] find(@QueryParam("q") String text, @QueryParam("ward") Long ward,
                            @QueryParam("centre") Long centre, @QueryParam("programme") String programme,
                            @QueryParam("day") List<String> days, @QueryParam("time") String time,
                            @QueryParam("within") Integer within, @QueryParam("freeSeats") boolean freeSeats,
                            @QueryParam("free") boolean free, @QueryParam("sort") String sort,
                            @QueryParam("page") @DefaultValue("0") int page,
                            @QueryParam("size") @DefaultValue("20") int size) {
        return pages.json(new CatalogQuery(text, ward, centre, programme, weekdays(days),
                word(TimeOfDay.class, time, "time"), within, freeSeats, free,
                word(CatalogQuery.Sort.class, sort, "sort"), page, size));
    }

    private static Set<DayOfWeek> weekdays(List<String> days) {
        Set<DayOfWeek> result = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days) {
            result.add(word(DayOfWeek.class, day, "day"));
        }
        return result;
    }

    /** An enum word in any letter case; an unknown word is a 400 naming the parameter. */
    private static <E extends Enum<E>> E word(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(parameter, "catalog." + parameter + ".unknown");
        }
    }

    @GET
    @Path("{id: [0-9]+}")
    public CourseDetail course(@PathParam("id") long id) {
        return catalog.course(id);
    }
}
