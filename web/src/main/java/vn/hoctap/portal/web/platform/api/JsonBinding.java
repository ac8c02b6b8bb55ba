package vn.hoctap.portal.web.platform.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every API answer and request body. Without a resolver, RESTEasy builds
 * (and closes) a new {@code Jsonb} for each request, and Yasson inspects every class it writes
 * afresh each time: most of the CPU of a catalog page went there (bench/catalog-throughput.sh).
 * {@code Jsonb} is thread-safe; the default configuration is the one RESTEasy used, so the JSON
 * stays the same.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
