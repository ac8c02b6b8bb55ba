package vn.hoctap.portal.search.control;

import java.io.IOException;
import org.apache.lucene.store.Directory;

/**
 * Where the index's directories live. A rebuild writes a fresh directory beside the live one and
 * {@link #promote promotes} it; the store makes that switch survive a restart (or a crash in the
 * middle of it: a half-built directory is never live).
 */
interface IndexStore {

    /** A directory with the name the store knows it by. */
    record Slot(String name, Directory directory) {
    }

    /** The live directory as left by the last run (empty when there was none). */
    Slot openLive() throws IOException;

    /** Deletes everything in the live directory (an unreadable index) and opens it empty. */
    Slot clear(Slot live) throws IOException;

    /** A new, empty directory for a rebuild. */
    Slot createFresh() throws IOException;

    /** Makes a fresh directory the one {@link #openLive} opens from now on. */
    void promote(Slot fresh) throws IOException;

    /** Closes a directory no longer used and deletes its files. */
    void discard(Slot slot) throws IOException;

    /** For log lines. */
    String describe();
}
