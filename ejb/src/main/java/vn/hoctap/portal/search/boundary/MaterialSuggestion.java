package vn.hoctap.portal.search.boundary;

/**
 * A title offered under the search box while the resident types.
 *
 * @param materialId the material whose title it is, so the box can open it directly
 * @param title      the title as published, with its diacritics
 */
public record MaterialSuggestion(long materialId, String title) {
}
