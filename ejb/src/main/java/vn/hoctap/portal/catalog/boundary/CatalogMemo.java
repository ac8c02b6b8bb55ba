package vn.hoctap.portal.catalog.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Values made from the public catalog (pages, rendered pages), kept for as long as the
 * {@link CatalogVersion} they were made at stands. The version is read before the value is made,
 * so a value made while a change commits carries the version from before the change and is never
 * handed out after it. At most {@code capacity} values are kept; when the version has moved on, or
 * the limit is reached, they are all let go at once (they are cheap to make again, and a change
 * makes every one of them stale anyway).
 *
 * @param <K> what a value is made from (a query and the day, say)
 * @param <V> the value
 */
public final class CatalogMemo<K, V> {

    private record Kept<V>(long version, V value) {
    }

    private final CatalogVersion version;
    private final int capacity;
    private final Map<K, Kept<V>> kept = new ConcurrentHashMap<>();

    public CatalogMemo(CatalogVersion version, int capacity) {
        this.version = version;
        this.capacity = capacity;
    }

    /** The value kept for {@code key} at the current version, else a new one from {@code make}, kept. */
    public V get(K key, Supplier<V> make) {
        long now = version.current();
        Kept<V> found = kept.get(key);
        if (found != null && found.version() == now) {
            return found.value();
        }
        V value = make.get();
        if (kept.size() >= capacity || (found != null && found.version() < now)) {
            kept.clear();
        }
        kept.put(key, new Kept<>(now, value));
        return value;
    }
}
