package org.draftroom.documents.api;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.EditConflictException;

/**
 * Errors of the REST API as RFC 7807 problem details with a message a person can act on: the documents
 * module's exceptions wherever they surface (another module's API may hit an edit conflict) and the API-wide
 * ones (access denied, upload too large). Bad input to this module's own endpoints: {@link DocumentsProblems}.
 */
@RestControllerAdvice
class ApiProblems {
    private static final String TYPE = "https://draftroom.org/problems/";
    private final String uploadLimit;

    ApiProblems(@Value("${spring.servlet.multipart.max-request-size:10MB}") String uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(DocumentNotFoundException.class)
    ProblemDetail notFound(DocumentNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Document not found", e.getMessage());
    }

    @ExceptionHandler(EditConflictException.class)
    ProblemDetail conflict(EditConflictException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, "edit-conflict", "Edit conflict", e.getMessage());
        p.setProperty("expectedRevision", e.expectedRevision());
        p.setProperty("actualRevision", e.actualRevision());
        return p;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                "Your role does not allow this: " + e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Upload too large",
                "The upload is larger than the limit of " + uploadLimit
                        + " (spring.servlet.multipart.max-request-size): split the document or ask the operator to "
                        + "raise the limit.");
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(TYPE + type));
        p.setTitle(title);
        return p;
    }
}
