package vn.hoctap.portal.materials.boundary;

/**
 * A file uploaded from a page and checked (size, type by content), waiting for the form that
 * makes it a material or a new version. The token names it in the store's staging folder.
 *
 * @param format the format it is accepted as, e.g. {@code PDF}
 */
public record StagedFile(String token, String fileName, long size, String mediaType, String format) {
}
