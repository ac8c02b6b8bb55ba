package vn.hoctap.portal.enrolment.boundary;

/** A generated document: its file name (plain ASCII, for the download), media type and bytes. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {
}
