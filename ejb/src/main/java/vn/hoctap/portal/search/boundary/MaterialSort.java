package vn.hoctap.portal.search.boundary;

/** Order of the results. */
public enum MaterialSort {
    /** best match first; an empty query falls back to {@link #DATE} */
    RELEVANCE,
    /** newest publication first, best match among the same day */
    DATE
}
