package org.draftroom.documents.api;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Bad input to the documents endpoints: 400 with the reason (imports: with line and column). */
@RestControllerAdvice(assignableTypes = {DocumentsController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DocumentsProblems {

    @ExceptionHandler({MissingServletRequestPartException.class, MissingServletRequestParameterException.class,
            IllegalArgumentException.class})
    ProblemDetail badRequest(Exception e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request", e.getMessage());
    }
}
