package org.draftroom.documents.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import org.draftroom.notation.ImportException;

/** Bad input to the documents endpoints: 400 with the reason (unreadable imports: with line and column). */
@RestControllerAdvice(assignableTypes = {DocumentsController.class, ImportExportController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentsProblems {

    /** {@code {error, line, column}} besides the standard fields, so a client can point at the spot. */
    @ExceptionHandler(ImportException.class)
    ProblemDetail unreadable(ImportException e) {
        String prefix = e.line() + ":" + e.column() + ": ";
        String error = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        ProblemDetail p = ApiProblems.problem(HttpStatus.BAD_REQUEST, "unreadable-input", "Unreadable input",
                "line " + e.line() + ", column " + e.column() + ": " + error);
        p.setProperty("error", error);
        p.setProperty("line", e.line());
        p.setProperty("column", e.column());
        return p;
    }

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            IllegalArgumentException.class})
    ProblemDetail badRequest(Exception e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }
}
