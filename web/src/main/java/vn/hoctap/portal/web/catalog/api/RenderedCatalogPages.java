package vn.hoctap.portal.web.catalog.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoctap.portal.catalog.boundary.CatalogQuery;
import vn.hoctap.portal.catalog.boundary.CatalogSearch;
import vn.hoctap.portal.catalog.boundary.CatalogVersion;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog pages of {@code GET /api/courses} as JSON bytes, kept for as long as the catalog's
 * {@link CatalogVersion} has not moved (on the same day: the catalog leaves out classes that are
 * over). Residents ask for the same few filter sets again and again; a kept page is written as it
 * is, without reading the catalog or writing JSON again. At most {@value #MAX_PAGES} pages are
 * kept (about 15 KB each); when the version moves, or the limit is reached, they are all let go.
 */
@ApplicationScoped
public class RenderedCatalogPages {

    static final int MAX_PAGES = 2_000;

    private record Key(CatalogQuery query, LocalDate day) {
    }

    private record Rendered(long version, byte[] json) {
    }

    private final Map<Key, Rendered> pages = new ConcurrentHashMap<>();

    @Inject
    CatalogSearch catalog;

    @Inject
    CatalogVersion catalogVersion;

    @Inject
    Clock clock;

    public byte[] json(CatalogQuery query) {
        Key key = new Key(query, LocalDate.now(clock));
        // the version is read before the catalog: a page read while a change commits keeps the older version
        long version = catalogVersion.current();
        Rendered kept = pages.get(key);
        if (kept != null && kept.version() == version) {
            return kept.json();
        }
        byte[] bytes = CatalogPageWriter.json(catalog.find(query));
        if (pages.size() >= MAX_PAGES || (kept != null && kept.version() < version)) {
            pages.clear();
        }
        pages.put(key, new Rendered(version, bytes));
        return bytes;
    }
}
