package org.draftroom.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that builds and writes API errors: from controllers (through the API-wide advice) and from
 * filters that answer before any controller runs (sign-in, request size). Bodies are
 * {@code application/problem+json} whatever the request's {@code Accept} says, so an error is never turned
 * into a 406 or an HTML page.
 */
public final class Problems {
    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(type.status(), detail);
        p.setType(type.uri());
        p.setTitle(type.title());
        return p;
    }

    /**
     * A 500 for a failure nobody foresaw: the body carries an id that the log line with the stack trace also
     * carries, so an operator can find it; the body never carries the exception's message.
     */
    public static ProblemDetail unexpected(Throwable e, String method, String path) {
        String id = UUID.randomUUID().toString();
        log.error("problem {}: unexpected failure of {} {}", id, method, path, e);
        ProblemDetail p = of(ProblemType.INTERNAL, "The server failed to answer this request. Quote problem id " + id
                + " to the operator; the server log has the details.");
        p.setProperty("id", id);
        return p;
    }

    public static ResponseEntity<ProblemDetail> response(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    /** For filters: writes the problem as the whole response, with the request path as its instance. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail p)
            throws IOException {
        if (p.getInstance() == null) p.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(p.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(p));
    }

    /** The same members as Spring writes for a {@link ProblemDetail} returned by a controller. */
    static String json(ProblemDetail p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.getType().toString());
        if (p.getTitle() != null) body.put("title", p.getTitle());
        body.put("status", p.getStatus());
        if (p.getDetail() != null) body.put("detail", p.getDetail());
        if (p.getInstance() != null) body.put("instance", p.getInstance().toString());
        if (p.getProperties() != null) body.putAll(p.getProperties());
        return JSON.writeValueAsString(body);
    }
}
