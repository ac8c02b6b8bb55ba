/**
 * Open learning materials (học liệu mở): files and links described after Dublin Core, published
 * by a centre's managers or by administrators for their district or city, draft → published →
 * withdrawn (and back), every step recorded with who and when. A material's files are versions:
 * a new one becomes current and the earlier ones are kept.
 *
 * <p>Files live outside the database, addressed by their SHA-256 ({@code ContentStore}); an upload
 * is staged, its size limited and its type checked by content against an allow-list
 * ({@code FileTypes}), and moved into place only when the transaction storing its version
 * commits ({@code Uploads}). Text is extracted with Apache Tika in the background, one file at a
 * time, never in the upload's request ({@code ExtractionWorker}): progress and the outcome
 * (done, or failed with a reason a person understands) are kept on the version, and a failure
 * never blocks publishing.
 *
 * <p>The search index learns of changes through {@code MaterialPublished} / {@code MaterialWithdrawn},
 * fired in the changing transaction and observed after commit, and catches up through
 * {@code MaterialFeed}: each change it cares about takes a change stamp from one counter row held
 * until commit ({@code ChangeStamps}), so stamps become visible in order.
 */
package vn.hoctap.portal.materials;
