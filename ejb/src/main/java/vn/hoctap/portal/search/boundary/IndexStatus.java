package vn.hoctap.portal.search.boundary;

import java.time.Instant;

/**
 * The search index as administrators see it.
 *
 * @param open        whether the index is open (it opens a moment after the server starts)
 * @param documents   materials the index holds now
 * @param published   materials published in the database
 * @param lastRebuild the last rebuild since the server started (at start when the index was missing or
 *                    damaged, or asked for), or null
 */
public record IndexStatus(boolean open, int documents, long published, Rebuild lastRebuild) {

    /**
     * @param reason     why it was rebuilt
     * @param done       materials written so far
     * @param expected   materials it expects to write
     * @param finishedAt null while it runs
     * @param failure    why it failed, or null
     */
    public record Rebuild(String reason, long done, long expected, Instant startedAt, Instant finishedAt, String failure) {

        static Rebuild started(String reason, long expected, Instant at) {
            return new Rebuild(reason, 0, expected, at, null, null);
        }

        Rebuild progressed(long written, long total) {
            return new Rebuild(reason, written, total, startedAt, finishedAt, failure);
        }

        Rebuild finished(Instant at, String why) {
            return new Rebuild(reason, done, expected, startedAt, at, why);
        }

        public boolean running() {
            return finishedAt == null;
        }

        /** How far it got, 0 to 100, for a progress bar. */
        public int percent() {
            if (finishedAt != null && failure == null) {
                return 100;
            }
            return expected <= 0 ? 0 : (int) Math.min(99, done * 100 / expected);
        }
    }
}
