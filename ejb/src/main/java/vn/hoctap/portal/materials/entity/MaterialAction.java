package vn.hoctap.portal.materials.entity;

/** A step in a material's life, recorded with who did it and when. */
public enum MaterialAction {
    CREATED, METADATA_CHANGED, NEW_VERSION, PUBLISHED, WITHDRAWN, RETURNED_TO_DRAFT
}
