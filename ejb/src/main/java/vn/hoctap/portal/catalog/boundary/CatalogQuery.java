package vn.hoctap.portal.catalog.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import vn.hoctap.portal.catalog.entity.TimeOfDay;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * What a resident looks for in the catalog. Every filter is optional; {@code text} matches the
 * title and summary with or without diacritics. Pages count from 0.
 */
public record CatalogQuery(
        @Size(max = 100, message = "{catalog.text.tooLong}") String text,
        Long wardId,
        Long centreId,
        String programme,
        Set<DayOfWeek> days,
        TimeOfDay timeOfDay,
        @Min(value = 1, message = "{catalog.within.range}") @Max(value = 366, message = "{catalog.within.range}") Integer startsWithinDays,
        boolean freeSeatsOnly,
        boolean freeOfChargeOnly,
        Sort sort,
        @Min(value = 0, message = "{catalog.page.range}") int page,
        @Min(value = 1, message = "{catalog.size.range}") @Max(value = 100, message = "{catalog.size.range}") int size) {

    /** Orders the catalog offers. */
    public enum Sort {
        /** Soonest first (default). */
        START_DATE,
        TITLE,
        /** Free ones first, then cheapest. */
        FEE,
        NEWEST
    }

    public CatalogQuery {
        days = days == null ? Set.of() : Set.copyOf(days);
        sort = sort == null ? Sort.START_DATE : sort;
    }

    /** Everything published, soonest first, 20 a page. */
    public static CatalogQuery all() {
        return new CatalogQuery(null, null, null, null, Set.of(), null, null, false, false, Sort.START_DATE, 0, 20);
    }
}
