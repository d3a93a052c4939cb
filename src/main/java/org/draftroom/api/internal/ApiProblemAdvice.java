package org.draftroom.api.internal;

import java.lang.reflect.UndeclaredThrowableException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.servlet.http.HttpServletRequest;

import org.draftroom.DatabaseDown;
import org.draftroom.DraftroomSettings;
import org.draftroom.api.ProblemMapping;
import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;

/**
 * Every exception that leaves a controller becomes a problem here, and only here. Spring MVC's own failures
 * (missing or malformed parameter, wrong method, media type, upload size) keep their status and get our type
 * URIs; a module's exceptions read as its {@link ProblemMapping} says; then the generic rules: access denied
 * 403, bad argument 400, a database that cannot be reached or written 503; anything else 500 with a logged id.
 * Nothing falls through to the servlet container's error page (which Spring Security would guard with a 403).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {
    private final List<ProblemMapping> mappings;
    private final String uploadLimit;

    ApiProblemAdvice(List<ProblemMapping> mappings, DraftroomSettings settings) {
        this.mappings = mappings;
        long bytes = settings.api().maxUploadBytes().toBytes();
        this.uploadLimit = bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB" : bytes + " bytes";
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> any(Exception e, HttpServletRequest request) {
        ProblemDetail p = problemFor(e, request);
        p.setInstance(URI.create(request.getRequestURI()));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (p.getStatus() == 503) answer.header(HttpHeaders.RETRY_AFTER, "10");
        return answer.body(p);
    }

    private ProblemDetail problemFor(Exception e, HttpServletRequest request) {
        Throwable top = e instanceof UndeclaredThrowableException u && u.getCause() != null ? u.getCause() : e;
        for (Throwable t = top; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (ProblemMapping m : mappings) {
                Optional<ProblemDetail> p = m.problemFor(t);
                if (p.isPresent()) return p.get();
            }
        }
        if (DatabaseDown.causes(top)) {
            return Problems.of(ProblemType.UNAVAILABLE, "The database cannot be reached or written at the moment; "
                    + "nothing was stored. Try again later.");
        }
        return switch (top) {
            case AccessDeniedException denied -> Problems.of(ProblemType.FORBIDDEN,
                    "Your role does not allow this: " + denied.getMessage());
            case AuthenticationException unauthenticated -> Problems.of(ProblemType.UNAUTHORIZED,
                    unauthenticated.getMessage());
            case IllegalArgumentException bad -> Problems.of(ProblemType.BAD_REQUEST, bad.getMessage());
            default -> Problems.unexpected(top, request.getMethod(), request.getRequestURI());
        };
    }

    private static ProblemDetail retyped(ProblemDetail p, ProblemType type) {
        ProblemDetail out = Problems.of(type, p.getDetail());
        if (p.getProperties() != null) p.getProperties().forEach(out::setProperty);
        return out;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail p = Problems.of(ProblemType.TOO_LARGE, "The upload is larger than the limit of " + uploadLimit
                + " (draftroom.api.max-upload-bytes): split the document or ask the operator to raise "
                + "the limit.");
        return handleExceptionInternal(ex, p, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines()
                .findFirst().orElse("");
        ProblemDetail p = Problems.of(ProblemType.BAD_REQUEST, "The request body cannot be read: " + why);
        return handleExceptionInternal(ex, p, headers, status, request);
    }

    /** Spring MVC's own failures: keep the status and detail Spring chose, with our type and title. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail given = body instanceof ProblemDetail p ? p
                : ProblemDetail.forStatusAndDetail(statusCode, ex.getMessage());
        ProblemDetail p = given.getType() == null || "about:blank".equals(given.getType().toString())
                ? retyped(given, ProblemType.forStatus(statusCode.value())) : given;
        if (p.getDetail() == null) p.setDetail(given.getDetail());
        if (statusCode.value() >= 500 && !(statusCode.value() == 503)) {
            HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
            p = Problems.unexpected(ex, servlet.getMethod(), servlet.getRequestURI());
        }
        if (request instanceof ServletWebRequest servlet) p.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        HttpHeaders out = new HttpHeaders();
        out.putAll(headers);
        out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(statusCode).headers(out).body(p);
    }
}
