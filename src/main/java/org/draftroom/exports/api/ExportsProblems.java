package org.draftroom.exports.api;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input to this module's endpoints (unknown format or variant, a list that does not parse): 400. */
@RestControllerAdvice(assignableTypes = {ExportsController.class, DecisionsController.class})
class ExportsProblems {

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        p.setType(URI.create("https://draftroom.org/problems/bad-export-request"));
        p.setTitle("Bad export request");
        return p;
    }
}
