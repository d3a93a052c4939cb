package org.draftroom.documents.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client against the running test server, with HTTP Basic as a user of the demo accounts. */
final class ApiClient {
    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    ApiClient(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        return http.send(request(path, user).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String user, String contentType, byte[] body)
            throws IOException, InterruptedException {
        return http.send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A multipart/form-data POST with text fields and one file part named "file". */
    HttpResponse<String> upload(String path, String user, java.util.Map<String, String> fields, String fileName,
                                byte[] file) throws IOException, InterruptedException {
        String boundary = "----draftroom" + System.nanoTime();
        return post(path, user, "multipart/form-data; boundary=" + boundary, multipart(boundary, fields, fileName, file));
    }

    /** The same, sent chunked, without a Content-Length. */
    HttpResponse<String> uploadStreamed(String path, String user, java.util.Map<String, String> fields,
                                        String fileName, byte[] file) throws IOException, InterruptedException {
        String boundary = "----draftroom" + System.nanoTime();
        byte[] body = multipart(boundary, fields, fileName, file);
        return http.send(request(path, user).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static byte[] multipart(String boundary, java.util.Map<String, String> fields, String fileName,
                                    byte[] file) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
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

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            String[] nameAndPassword = user.split(":", 2);
            String credentials = nameAndPassword.length == 2 ? user : user + ":demo";
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }
}
