/**
 * Full-text search of the published open learning materials, as residents type it: without
 * diacritics, with typos, against OCR-garbled scans. Plain Apache Lucene (docs/search.md says why):
 * {@code control} holds the machinery — the Vietnamese analysis and OCR repair, the one
 * {@link vn.hoctap.portal.search.control.MaterialIndex} an application keeps, query building,
 * facets, snippets, suggestions; {@code boundary} holds the records a search asks and answers, the
 * only types the web module sees. The index is derived data: it can always be rebuilt from the
 * database, and nothing here writes to the database.
 */
package vn.hoctap.portal.search;
