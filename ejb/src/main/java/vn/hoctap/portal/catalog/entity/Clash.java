package vn.hoctap.portal.catalog.entity;

/**
 * A planned session that overlaps another one in the same venue or with the same teacher,
 * named so that a manager sees what it clashes with.
 */
public record Clash(Kind kind, TimeSlot planned, String otherClass, TimeSlot other) {

    public enum Kind {
        /** Two classes in one room at once: a manager may accept it consciously (a shared hall). */
        VENUE,
        /** One teacher in two places at once: never accepted. */
        TEACHER
    }

    public boolean overridable() {
        return kind == Kind.VENUE;
    }
}
