package vn.hoctap.portal.web.materials.api;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.hoctap.portal.materials.boundary.MaterialFile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A material's file as an HTTP answer: its detected media type, its size, a strong ETag (the
 * content's SHA-256, which never changes for the same bytes), and a Content-Disposition whose
 * {@code filename*} carries the Vietnamese name (RFC 5987/6266) beside an ASCII fallback. Only a
 * PDF (for the browser's viewer) and a plain text are shown inline, and never as active content
 * of the portal's origin: everything else — an uploaded HTML page above all — is a download.
 */
final class FileDownload {

    private FileDownload() {
    }

    static Response of(MaterialFile file, boolean download, boolean publicFile, Request request) {
        EntityTag tag = new EntityTag(file.sha256());
        CacheControl cache = new CacheControl();
        if (publicFile) {
            // revalidated each time (cheap, 304): a withdrawn material must not live on in caches
            cache.setNoCache(true);
        } else {
            cache.setPrivate(true);
            cache.setNoStore(true);
        }
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.cacheControl(cache).build();
        }
        String base = file.mediaType().split(";")[0].strip().toLowerCase(Locale.ROOT);
        boolean inline = !download && (base.equals("application/pdf") || base.equals("text/plain") || base.equals("text/markdown"));
        StreamingOutput body = out -> Files.copy(file.path(), out);
        Response.ResponseBuilder answer = Response.ok(body, file.mediaType())
                .header("Content-Length", file.size())
                .header("Content-Disposition", disposition(inline ? "inline" : "attachment", file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .tag(tag)
                .cacheControl(cache);
        if (!base.equals("application/pdf")) {
            // a text shown inline runs nothing (Chromium's PDF viewer refuses to work under a sandbox)
            answer.header("Content-Security-Policy", "sandbox; default-src 'none'");
        }
        return answer.build();
    }

    /** {@code attachment; filename="Ren-luyen.pdf"; filename*=UTF-8''R%C3%A8n%20luy%E1%BB%87n.pdf} */
    static String disposition(String type, String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').replaceAll("[^A-Za-z0-9._ -]", "_");
        // URLEncoder leaves '*' as it is, which RFC 5987 does not allow in a value
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
