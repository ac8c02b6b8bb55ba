package vn.hoctap.portal.materials.entity;

/** How much a reader needs to know already. */
public enum Level {
    BASIC, INTERMEDIATE, ADVANCED
}
