package vn.hoctap.portal.enrolment.control;

/**
 * The row that counts the seats of one thing people register for: a class ({@code class_seats})
 * or an event with a capacity ({@code event_seats}). Both tables have the same columns
 * (capacity, seats_taken, waitlist_tickets) and differ only in their key's name, so the
 * {@link SeatCounter}'s statements serve both.
 */
public record SeatRow(Kind kind, long id) {

    /** The tables of seats; the names are constants, never user input. */
    public enum Kind {
        CLASS("class_seats", "class_id", true),
        EVENT("event_seats", "event_id", false);

        final String table;
        final String key;
        /** Whether the public catalog shows these seats (its version moves on with every change). */
        final boolean inCatalog;

        Kind(String table, String key, boolean inCatalog) {
            this.table = table;
            this.key = key;
            this.inCatalog = inCatalog;
        }
    }

    public static SeatRow ofClass(long classId) {
        return new SeatRow(Kind.CLASS, classId);
    }

    public static SeatRow ofEvent(long eventId) {
        return new SeatRow(Kind.EVENT, eventId);
    }

    /** The statement with {@code $table} and {@code $key} filled in. */
    String sql(String template) {
        return template.replace("$table", kind.table).replace("$key", kind.key);
    }

    @Override
    public String toString() {
        return kind.table + "[" + id + "]";
    }
}
