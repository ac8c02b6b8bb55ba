package vn.hoctap.portal.catalog.boundary;

import java.util.List;

/** One page of the catalog and how many classes match in all. */
public record CatalogPage(List<ClassCard> items, long total, int page, int size) {

    public long pages() {
        return (total + size - 1) / size;
    }
}
