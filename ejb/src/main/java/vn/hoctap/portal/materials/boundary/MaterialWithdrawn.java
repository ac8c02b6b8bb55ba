package vn.hoctap.portal.materials.boundary;

/**
 * Fired in the transaction that withdraws a published material (or deletes a draft that never
 * was). Observed after the commit by the search index, which forgets it at once.
 */
public record MaterialWithdrawn(long materialId) {
}
