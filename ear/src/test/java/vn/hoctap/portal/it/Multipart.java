package vn.hoctap.portal.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

/** A multipart/form-data request as a browser or curl sends it: text parts and file parts. */
public final class Multipart {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

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
        byte[] bytes = body.toByteArray();
        byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bytes.length + end.length];
        System.arraycopy(bytes, 0, all, 0, bytes.length);
        System.arraycopy(end, 0, all, bytes.length, end.length);
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                    .timeout(Duration.ofSeconds(120))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept-Language", "vi")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(all));
            if (login != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)));
            }
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
