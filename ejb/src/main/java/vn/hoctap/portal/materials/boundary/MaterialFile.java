package vn.hoctap.portal.materials.boundary;

import java.nio.file.Path;

/**
 * A material's file to send: where the store keeps it (found by its content's hash, never by a
 * name from the request), the media type detected at upload, and the name it was uploaded with.
 */
public record MaterialFile(Path path, String mediaType, String fileName, long size, String sha256, int version) {
}
