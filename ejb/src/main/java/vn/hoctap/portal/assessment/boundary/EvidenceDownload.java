package vn.hoctap.portal.assessment.boundary;

import java.nio.file.Path;

/** An evidence file to send: where it is stored, its detected type, its name and size. */
public record EvidenceDownload(Path path, String mediaType, String fileName, long size, String sha256) {
}
