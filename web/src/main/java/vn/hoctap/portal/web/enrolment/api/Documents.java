package vn.hoctap.portal.web.enrolment.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import vn.hoctap.portal.enrolment.boundary.DocumentFile;

/**
 * A generated document as a download: its own media type, a file name, never cached by the way
 * (personal data). Shared by every feature's API that hands out generated documents.
 */
public final class Documents {

    private Documents() {
    }

    public static Response download(DocumentFile file) {
        CacheControl private_ = new CacheControl();
        private_.setPrivate(true);
        private_.setNoStore(true);
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .cacheControl(private_)
                .build();
    }
}
