package vn.hoctap.portal.organisation.entity;

/** Levels of Vietnamese administration that the portal knows, from the top down. */
public enum UnitLevel {
    CITY, DISTRICT, WARD;

    /** The level directly below this one, or {@code null} for a ward. */
    public UnitLevel below() {
        return this == WARD ? null : values()[ordinal() + 1];
    }
}
