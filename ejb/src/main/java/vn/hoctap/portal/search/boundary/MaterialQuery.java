package vn.hoctap.portal.search.boundary;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One search as the search box and the facet links ask it.
 *
 * @param text    what the resident typed, any normalisation form; blank lists everything. Longer
 *                than {@link #MAX_TEXT} characters is cut there (a search box never needs more,
 *                and analysis cost stays bounded)
 * @param filters chosen facet values per dimension (OR within a dimension, AND between dimensions)
 * @param sort    order of the hits
 * @param page    zero-based page number, at most {@link #MAX_PAGE}
 * @param size    hits per page, 1 to {@link #MAX_SIZE}
 */
public record MaterialQuery(String text, Map<FacetDimension, Set<String>> filters, MaterialSort sort, int page, int size) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_SIZE = 50;
    /** deep pages cost memory for every hit before them; nobody reads result 5,000 on a phone */
    public static final int MAX_PAGE = 100;
    public static final int DEFAULT_SIZE = 10;

    public MaterialQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        Map<FacetDimension, Set<String>> copy = new EnumMap<>(FacetDimension.class);
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(dimension, Set.copyOf(new LinkedHashSet<>(values)));
                }
            });
        }
        filters = Map.copyOf(copy);
        sort = sort == null ? MaterialSort.RELEVANCE : sort;
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must be 0.." + MAX_PAGE + ": " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ": " + size);
        }
    }

    /** The first page of ten best matches for a text, no filters. */
    public static MaterialQuery of(String text) {
        return new MaterialQuery(text, Map.of(), MaterialSort.RELEVANCE, 0, DEFAULT_SIZE);
    }

    /** This query with one more dimension narrowed to the given values (replacing that dimension's filter). */
    public MaterialQuery filter(FacetDimension dimension, String... values) {
        Map<FacetDimension, Set<String>> next = new EnumMap<>(FacetDimension.class);
        next.putAll(filters);
        next.put(dimension, Set.of(values));
        return new MaterialQuery(text, next, sort, page, size);
    }

    public MaterialQuery sortedBy(MaterialSort order) {
        return new MaterialQuery(text, filters, order, page, size);
    }

    public MaterialQuery page(int number, int pageSize) {
        return new MaterialQuery(text, filters, sort, number, pageSize);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
