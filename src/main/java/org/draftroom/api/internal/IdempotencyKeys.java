package org.draftroom.api.internal;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.api.EntityTags;
import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;

/**
 * {@code Idempotency-Key} on every write under {@code /api/v1} (ADR 0013). The first request with a key reserves
 * it (a row of its own, committed at once), runs, and keeps its answer if it succeeded; the same key again gets
 * that answer again, marked {@code Idempotent-Replayed: true}. A failed request frees its key, so a retry runs.
 * The change's own transaction writes its revision into the key's row ({@link #recordChange}), so a request
 * whose answer was lost (process killed, answer too large to keep, failure after the commit) is answered "stored
 * at revision N" instead of being made again. Keys are per signed-in user; this filter runs after Spring
 * Security's (order -100), so the caller is known.
 */
@Component
@Order(-90)
public class IdempotencyKeys extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** Larger answers (a bundle's file) are not kept: the key is freed as for a failure. */
    static final int MAX_KEPT_BODY = 1024 * 1024;
    private static final Pattern VALID = Pattern.compile("[\\x21-\\x7E]{1,128}");
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.LOCATION,
            HttpHeaders.ETAG, HttpHeaders.CONTENT_DISPOSITION);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ThreadLocal<Bound> BOUND = new ThreadLocal<>();

    private final IdempotencyStore store;
    /** Keys whose request runs in this process now ("user\nkey"): a second one is told to wait. */
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    IdempotencyKeys(IdempotencyStore store) {
        this.store = store;
    }

    /** The key of the request this thread serves, while its operation runs. */
    private record Bound(IdempotencyStore store, String user, String key) {
    }

    /** See {@link org.draftroom.api.IdempotentWrites#recordChange}. */
    public static void recordChange(String documentId, long revision) {
        Bound bound = BOUND.get();
        if (bound == null) return;
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a change is recorded for its Idempotency-Key inside its own transaction");
        }
        bound.store().recordChange(bound.user(), bound.key(), documentId, revision);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/")
                || !WRITES.contains(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> values = Collections.list(request.getHeaders(HEADER));
        if (values.size() != 1 || !VALID.matcher(values.getFirst()).matches()) {
            ProblemDetail p = Problems.of(ProblemType.BAD_REQUEST, "The " + HEADER + " header must be given once, "
                    + "as 1 to 128 visible ASCII characters (no spaces), for example a UUID.");
            p.setProperty("header", HEADER);
            Problems.write(request, response, p);
            return;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Optional<RequestFingerprint.Read> read = RequestFingerprint.read(request);
        if (caller == null || read.isEmpty()) { // nobody to keep it for, or a body the operation refuses anyway
            chain.doFilter(read.map(RequestFingerprint.Read::request).orElse(request), response);
            return;
        }
        String user = caller.getName();
        String key = values.getFirst();
        String fingerprint = read.get().fingerprint();
        String slot = user + "\n" + key;
        if (!inFlight.add(slot)) {
            boolean other = store.fingerprintOf(user, key).filter(f -> !f.equals(fingerprint)).isPresent();
            if (other) reused(request, response);
            else inProgress(request, response);
            return;
        }
        IdempotencyStore.Reservation reservation;
        ContentCachingResponseWrapper answer = null;
        try {
            reservation = store.reserve(user, key, fingerprint);
            if (reservation instanceof IdempotencyStore.Reserved) answer = run(read.get().request(), response, chain, user, key);
        } finally {
            inFlight.remove(slot);
        }
        // only now may an answer leave: a client that gets it and at once sends the key again must not find the key
        // still in flight (CI saw 409 when the slot was freed after the body had been sent)
        switch (reservation) {
            case IdempotencyStore.Reused r -> reused(request, response);
            case IdempotencyStore.Replay r -> replay(response, r.answer());
            case IdempotencyStore.Stored s -> stored(response, s);
            case IdempotencyStore.Reserved r -> answer.copyBodyToResponse();
        }
    }

    /** Runs the request and keeps its answer; the caller sends it once the key is no longer in flight. */
    private ContentCachingResponseWrapper run(HttpServletRequest request, HttpServletResponse response,
                                              FilterChain chain, String user, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        int status = 500;
        BOUND.set(new Bound(store, user, key));
        try {
            chain.doFilter(request, answer);
            status = answer.getStatus();
        } finally {
            BOUND.remove();
            settle(user, key, status, answer);
        }
        return answer;
    }

    /** Before the answer leaves: a client that got it and sends the key again must find it kept. */
    private void settle(String user, String key, int status, ContentCachingResponseWrapper answer) {
        try {
            if (status < 400 && answer.getContentSize() <= MAX_KEPT_BODY) {
                Map<String, String> headers = new LinkedHashMap<>();
                for (String name : KEPT_HEADERS) {
                    String value = name.equals(HttpHeaders.CONTENT_TYPE) ? answer.getContentType() : answer.getHeader(name);
                    if (value != null) headers.put(name, value);
                }
                store.keep(user, key, new IdempotencyStore.KeptAnswer(status, headers, answer.getContentAsByteArray()));
            } else {
                store.release(user, key);
            }
        } catch (RuntimeException e) {
            // the row stays pending; the next request with the key reads from it whether the change committed
            log.warn("Idempotency-Key of {} not settled after status {}: {}", user, status, e.toString());
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyStore.KeptAnswer answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        response.setHeader(REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** The change is stored but its answer is lost: say where it is, so the client can read it. */
    private static void stored(HttpServletResponse response, IdempotencyStore.Stored s) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("stored", true);
        body.put("documentId", s.documentId());
        body.put("revision", s.revision());
        body.put("detail", "The request with this Idempotency-Key was stored at revision " + s.revision()
                + " of document " + s.documentId() + ", but its answer was not kept (the server stopped or the "
                + "request failed after the change was committed). Read the document to see the change.");
        byte[] json = JSON.writeValueAsBytes(body);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.LOCATION, "/api/v1/documents/" + s.documentId());
        response.setHeader(HttpHeaders.ETAG, EntityTags.of(s.revision()));
        response.setHeader(REPLAYED, "true");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    private static void reused(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail p = Problems.of(ProblemType.IDEMPOTENCY_KEY_REUSED, "This " + HEADER + " was used for a "
                + "different request (method, path, query or body differ); nothing was done. Use a new key for a "
                + "new request.");
        p.setProperty("header", HEADER);
        Problems.write(request, response, p);
    }

    private static void inProgress(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        ProblemDetail p = Problems.of(ProblemType.IDEMPOTENCY_IN_PROGRESS, "A request with this " + HEADER
                + " is still being served; send it again after Retry-After seconds to get its answer.");
        p.setProperty("header", HEADER);
        Problems.write(request, response, p);
    }
}
