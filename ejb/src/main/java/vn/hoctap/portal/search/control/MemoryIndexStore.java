package vn.hoctap.portal.search.control;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Directories in memory, for tests and the benchmark: nothing survives the JVM. */
final class MemoryIndexStore implements IndexStore {

    private final AtomicInteger generation = new AtomicInteger();

    @Override
    public Slot openLive() {
        return next();
    }

    @Override
    public Slot clear(Slot live) throws IOException {
        live.directory().close();
        return next();
    }

    @Override
    public Slot createFresh() {
        return next();
    }

    @Override
    public void promote(Slot fresh) {
        // the caller's reference is the only one
    }

    @Override
    public void discard(Slot slot) throws IOException {
        slot.directory().close();
    }

    @Override
    public String describe() {
        return "memory";
    }

    private Slot next() {
        return new Slot("memory-" + generation.incrementAndGet(), new ByteBuffersDirectory());
    }
}
