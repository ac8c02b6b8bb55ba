package vn.hoctap.portal.materials.entity;

/** An uploaded file (with versions) or a link to a video or a web page elsewhere. */
public enum MaterialKind {
    FILE, LINK
}
