package vn.hoctap.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A multipart/form-data request as a browser or curl sends it: text parts and file parts. */
public final class Multipart {

    private final String boundary = "----portal" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart json(String name, String json) {
        return part(name, null, "application/json; charset=UTF-8", json.getBytes(StandardCharsets.UTF_8));
    }

    public Multipart file(String name, Path file) {
        try {
            return part(name, file.getFileName().toString(), "application/octet-stream", Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Multipart file(String name, String fileName, byte[] content) {
        return part(name, fileName, "application/octet-stream", content);
    }

    private Multipart part(String name, String fileName, String type, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** POSTs the parts, signed in as {@code login} (null: anonymous). */
    public HttpResponse<String> post(URL base, String path, String login, String password) {
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Http http = login == null ? Http.at(base) : Http.at(base).as(login, password);
        return http.post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }
}
