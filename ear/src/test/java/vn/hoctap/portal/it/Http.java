package vn.hoctap.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for black-box tests: JSON in, status and body out, optional Basic auth. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    private String authorization;
    private String language = "vi";

    private Http(URI base) {
        this.base = base;
    }

    public static Http at(URL base) {
        try {
            return new Http(base.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public Http as(String login, String password) {
        authorization = "Basic " + Base64.getEncoder()
                .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Http inLanguage(String languageTag) {
        language = languageTag;
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** The raw bytes of an answer (a file), with its headers. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return CLIENT.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A body of any type, e.g. multipart/form-data (see {@link Multipart}). */
    public HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public HttpResponse<String> postForm(String path, String urlEncodedForm) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(urlEncodedForm, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    public HttpResponse<String> put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Language", language);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
