package org.draftroom.api.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;

/**
 * What makes two requests "the same request" for an Idempotency-Key: SHA-256 over the method, the path with its
 * query, and the body (each length-prefixed, so no two different requests run together into the same bytes).
 * The body is read here, so the request passed on reads it from memory; its size is already bounded by
 * {@code draftroom.api.max-json-bytes}. Multipart bodies (imports) are taken part by part from the container,
 * which keeps them for the controller; form bodies by their parameters, which the container has read.
 */
final class RequestFingerprint {
    private RequestFingerprint() {
    }

    /** The request to pass on (able to read its body again) and its fingerprint. */
    record Read(HttpServletRequest request, String fingerprint) {
    }

    /** Empty when the body cannot be read (a broken multipart body): the operation refuses it without a key. */
    static Optional<Read> read(HttpServletRequest request) throws IOException {
        MessageDigest sha = sha256();
        field(sha, request.getMethod());
        field(sha, request.getRequestURI());
        field(sha, request.getQueryString() == null ? "" : request.getQueryString());
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith("multipart/")) {
            try {
                for (Part part : request.getParts()) {
                    field(sha, part.getName());
                    field(sha, part.getSubmittedFileName() == null ? "" : part.getSubmittedFileName());
                    field(sha, part.getContentType() == null ? "" : part.getContentType());
                    try (InputStream in = part.getInputStream()) {
                        field(sha, in.readAllBytes());
                    }
                }
            } catch (ServletException | IllegalStateException unreadable) {
                return Optional.empty();
            }
            return Optional.of(new Read(request, hex(sha)));
        }
        if (type.startsWith("application/x-www-form-urlencoded")) {
            for (Map.Entry<String, String[]> p : new TreeMap<>(request.getParameterMap()).entrySet()) {
                field(sha, p.getKey());
                for (String v : p.getValue()) field(sha, v);
            }
            return Optional.of(new Read(request, hex(sha)));
        }
        byte[] body = request.getInputStream().readAllBytes();
        field(sha, body);
        return Optional.of(new Read(new CachedBody(request, body), hex(sha)));
    }

    private static void field(MessageDigest sha, String value) {
        field(sha, value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(MessageDigest sha, byte[] value) {
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(value.length).array());
        sha.update(value);
    }

    private static String hex(MessageDigest sha) {
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The request with its body already read into memory. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
