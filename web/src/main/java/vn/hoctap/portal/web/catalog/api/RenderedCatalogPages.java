package vn.hoctap.portal.web.catalog.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoctap.portal.catalog.boundary.CatalogMemo;
import vn.hoctap.portal.catalog.boundary.CatalogQuery;
import vn.hoctap.portal.catalog.boundary.CatalogSearch;
import vn.hoctap.portal.catalog.boundary.CatalogVersion;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The catalog pages of {@code GET /api/courses} as JSON bytes, kept for as long as the catalog's
 * {@link CatalogVersion} stands (on the same day: the catalog leaves out classes that are over).
 * Residents ask for the same few filter sets again and again; a kept page is written as it is,
 * without asking the catalog or writing JSON again.
 */
@ApplicationScoped
public class RenderedCatalogPages {

    private record Asked(CatalogQuery query, LocalDate day) {
    }

    /** Pages kept: about 15 KB each. */
    private static final int PAGES_KEPT = 2_000;

    @Inject
    CatalogSearch catalog;

    @Inject
    Clock clock;

    private CatalogMemo<Asked, byte[]> pages;

    @Inject
    void keepPagesWhile(CatalogVersion version) {
        pages = new CatalogMemo<>(version, PAGES_KEPT);
    }

    public byte[] json(CatalogQuery query) {
        return pages.get(new Asked(query, LocalDate.now(clock)), () -> CatalogPageWriter.json(catalog.find(query)));
    }
}
