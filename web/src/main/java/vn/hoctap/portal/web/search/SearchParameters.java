package vn.hoctap.portal.web.search;

import vn.hoctap.portal.platform.InvalidInputException;
import vn.hoctap.portal.search.boundary.FacetDimension;
import vn.hoctap.portal.search.boundary.MaterialQuery;
import vn.hoctap.portal.search.boundary.MaterialSort;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A material search as the address says it, the same for the search page and {@code GET
 * /api/materials/search}: {@code q}, one repeatable parameter per facet dimension ({@code subject},
 * {@code audience}, {@code format}, {@code centre}, {@code licence}), {@code sort}
 * (RELEVANCE or DATE), {@code page} (from 0) and {@code size}.
 */
public final class SearchParameters {

    /** The parameter of each facet dimension. */
    public static final Map<FacetDimension, String> NAMES = names();

    private SearchParameters() {
    }

    private static Map<FacetDimension, String> names() {
        Map<FacetDimension, String> names = new EnumMap<>(FacetDimension.class);
        for (FacetDimension dimension : FacetDimension.values()) {
            names.put(dimension, dimension.name().toLowerCase(Locale.ROOT));
        }
        return Map.copyOf(names);
    }

    /**
     * The query, every wrong parameter named at once.
     *
     * @param values the values of a repeatable parameter by its name (empty when absent)
     */
    public static MaterialQuery query(String text, Function<String, List<String>> values, String sort, int page, int size) {
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        if (text != null && text.strip().length() > MaterialQuery.MAX_TEXT) {
            errors.add(new InvalidInputException.FieldError("q", "search.text.tooLong"));
        }
        MaterialSort order = MaterialSort.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            try {
                order = MaterialSort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                errors.add(new InvalidInputException.FieldError("sort", "search.sort.unknown"));
            }
        }
        if (page < 0 || page > MaterialQuery.MAX_PAGE) {
            errors.add(new InvalidInputException.FieldError("page", "search.page.range"));
        }
        if (size < 1 || size > MaterialQuery.MAX_SIZE) {
            errors.add(new InvalidInputException.FieldError("size", "search.size.range"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
        NAMES.forEach((dimension, name) -> {
            Set<String> chosen = new LinkedHashSet<>();
            for (String value : values.apply(name)) {
                if (value != null && !value.isBlank()) {
                    chosen.add(value.strip());
                }
            }
            if (!chosen.isEmpty()) {
                filters.put(dimension, chosen);
            }
        });
        return new MaterialQuery(text, filters, order, page, size);
    }
}
