package org.draftroom.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one HTTP client of the tests: calls to a running app as a demo account over HTTP Basic. A user is
 * {@code "secretariat"} (password "demo"), {@code "name:password"}, or {@code null} for no credentials.
 */
public final class Api {
    public static final String DEMO_PASSWORD = "demo";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    /** The app of a {@code @DraftroomIT} (or any app) on localhost. */
    public Api(int port) {
        this("http://localhost:" + port);
    }

    /** An app at a base URL such as {@code http://localhost:8102}. */
    public Api(String base) {
        this.base = base;
    }

    /** The value of the Authorization header for a user ("name" signs in with the demo password). */
    public static String basic(String user) {
        String credentials = user.contains(":") ? user : user + ":" + DEMO_PASSWORD;
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** A request to the app, signed in as the user; add a method and headers, then {@link #send}. */
    public HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (user != null) b.header("Authorization", basic(user));
        return b;
    }

    public HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    public HttpResponse<String> post(String path, String user, String json) {
        return send("POST", path, user, json);
    }

    public HttpResponse<String> post(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A call with a JSON body, or without a body when {@code json} is null. */
    public HttpResponse<String> send(String method, String path, String user, String json) {
        HttpRequest.Builder b = request(path, user);
        if (json == null) b.method(method, HttpRequest.BodyPublishers.noBody());
        else b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        return send(b);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart/form-data POST with text fields and one file part named "file". */
    public HttpResponse<String> upload(String path, String user, Map<String, String> fields, String fileName,
                                       byte[] file) {
        return upload(path, user, fields, fileName, file, Map.of());
    }

    /** The same with request headers. */
    public HttpResponse<String> upload(String path, String user, Map<String, String> fields, String fileName,
                                       byte[] file, Map<String, String> headers) {
        String boundary = "----draftroom" + System.nanoTime();
        HttpRequest.Builder b = request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, fileName, file)));
        headers.forEach(b::header);
        return send(b);
    }

    /** The same, sent chunked, without a Content-Length. */
    public HttpResponse<String> uploadStreamed(String path, String user, Map<String, String> fields, String fileName,
                                               byte[] file) {
        String boundary = "----draftroom" + System.nanoTime();
        byte[] body = multipart(boundary, fields, fileName, file);
        return send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, String fileName, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A string field of a flat JSON answer, e.g. the first of "ids" or "text". */
    public static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(?:\\[\\s*)?\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(json);
        if (!m.find()) throw new AssertionError("no " + name + " in " + json);
        return m.group(1).replace("\\\"", "\"");
    }

    public static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) throw new AssertionError("no " + name + " in " + json);
        return Long.parseLong(m.group(1));
    }

    public static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
