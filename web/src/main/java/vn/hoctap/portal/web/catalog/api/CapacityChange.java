package vn.hoctap.portal.web.catalog.api;

/** The body of a class's or a venue's capacity change: {@code {"capacity":30}}. */
public record CapacityChange(Integer capacity) {
}
