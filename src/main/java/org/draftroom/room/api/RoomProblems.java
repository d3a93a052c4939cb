package org.draftroom.room.api;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.draftroom.room.RoomConflictException;
import org.draftroom.room.RoomRuleViolation;
import org.draftroom.room.internal.DocumentEdits;

/** The room API's errors as problem details; the access-denied and document-not-found cases of other kinds fall to the API-wide advice. */
@RestControllerAdvice(assignableTypes = RoomController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoomProblems {
    private static final String TYPE = "https://draftroom.org/problems/";

    @ExceptionHandler(RoomRuleViolation.class)
    ProblemDetail refused(RoomRuleViolation e) {
        ProblemDetail p = problem(HttpStatus.FORBIDDEN, "room-rule", "Refused by the room's rules", e.getMessage());
        p.setProperty("operation", e.operation());
        return p;
    }

    @ExceptionHandler(RoomConflictException.class)
    ProblemDetail conflict(RoomConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "wording-conflict", "The wording changed meanwhile", e.getMessage());
        p.setProperty("baseRevision", e.baseRevision());
        p.setProperty("currentRevision", e.currentRevision());
        return p;
    }

    @ExceptionHandler(DocumentEdits.NotFound.class)
    ProblemDetail notFound(DocumentEdits.NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, HttpMessageNotReadableException.class})
    ProblemDetail badRequest(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE + type));
        p.setTitle(title);
        return p;
    }
}
