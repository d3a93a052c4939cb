package org.draftroom.api;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * A kind of failure of the API: its type URI ({@value #BASE}{@code <slug>}), HTTP status and title. The type is
 * what a client branches on; the detail is for people. Every type in use is listed in the README.
 */
public record ProblemType(String slug, HttpStatus status, String title) {
    /** Types are identifiers, not pages to fetch (RFC 9457 §3.1.1): absolute, stable, under one prefix. */
    public static final String BASE = "https://draftroom.org/problems/";

    public static final ProblemType BAD_REQUEST = new ProblemType("bad-request", HttpStatus.BAD_REQUEST, "Bad request");
    public static final ProblemType UNAUTHORIZED = new ProblemType("unauthorized", HttpStatus.UNAUTHORIZED, "Sign-in required");
    public static final ProblemType FORBIDDEN = new ProblemType("forbidden", HttpStatus.FORBIDDEN, "Forbidden");
    public static final ProblemType NOT_FOUND = new ProblemType("not-found", HttpStatus.NOT_FOUND, "Not found");
    public static final ProblemType METHOD_NOT_ALLOWED = new ProblemType("method-not-allowed",
            HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed");
    public static final ProblemType NOT_ACCEPTABLE = new ProblemType("not-acceptable", HttpStatus.NOT_ACCEPTABLE,
            "Not acceptable");
    public static final ProblemType CONFLICT = new ProblemType("conflict", HttpStatus.CONFLICT, "Conflict");
    public static final ProblemType PRECONDITION_FAILED = new ProblemType("precondition-failed",
            HttpStatus.PRECONDITION_FAILED, "The document changed since the revision in If-Match");
    public static final ProblemType TOO_LARGE = new ProblemType("too-large", HttpStatus.CONTENT_TOO_LARGE,
            "Request too large");
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE = new ProblemType("unsupported-media-type",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type");
    public static final ProblemType INTERNAL = new ProblemType("internal-error", HttpStatus.INTERNAL_SERVER_ERROR,
            "Internal error");
    public static final ProblemType UNAVAILABLE = new ProblemType("unavailable", HttpStatus.SERVICE_UNAVAILABLE,
            "Temporarily unavailable");
    /** A request with the same Idempotency-Key is still being served (ADR 0013). */
    public static final ProblemType IDEMPOTENCY_IN_PROGRESS = new ProblemType("idempotency-in-progress",
            HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being served");
    /** The Idempotency-Key was used for another request (method, path or body differ). */
    public static final ProblemType IDEMPOTENCY_KEY_REUSED = new ProblemType("idempotency-key-reused",
            HttpStatus.UNPROCESSABLE_CONTENT, "This Idempotency-Key was used for a different request");

    public ProblemType {
        if (!slug.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("problem slug '" + slug + "'");
    }

    public URI uri() {
        return URI.create(BASE + slug);
    }

    /** The generic type of a status, for failures that no module describes more precisely. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 503 -> UNAVAILABLE;
            default -> {
                HttpStatus known = HttpStatus.resolve(status);
                if (status >= 500 || known == null) yield INTERNAL;
                yield new ProblemType(known.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), known,
                        known.getReasonPhrase());
            }
        };
    }
}
