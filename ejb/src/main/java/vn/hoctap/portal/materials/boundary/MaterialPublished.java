package vn.hoctap.portal.materials.boundary;

/**
 * Fired in the transaction that publishes a material, or changes one that is published (new file
 * version, metadata, extracted text arrived). Observed after the commit by the search index.
 */
public record MaterialPublished(MaterialDocument document) {
}
