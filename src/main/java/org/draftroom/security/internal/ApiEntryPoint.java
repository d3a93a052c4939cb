package org.draftroom.security.internal;

import java.io.IOException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;

/**
 * The API's answer to a request that did not authenticate: what the problem-details layer says (401 with the
 * Basic challenge), except that an attempt the throttle refused before checking the password is 429 with
 * Retry-After, so a script knows to wait instead of retrying at once.
 */
class ApiEntryPoint implements AuthenticationEntryPoint {
    /** Problem type of an attempt refused by the sign-in throttle (README, problem types). */
    static final ProblemType THROTTLED = new ProblemType("sign-in-throttled", HttpStatus.TOO_MANY_REQUESTS,
            "Too many failed sign-ins");

    private final AuthenticationEntryPoint otherwise;

    ApiEntryPoint(AuthenticationEntryPoint otherwise) {
        this.otherwise = otherwise;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (failure instanceof SignInRefused refused && refused.reason() != SignInRefused.Reason.NAME_TOO_LONG) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            Problems.write(request, response, Problems.of(THROTTLED, refused.getMessage()
                    + " (retry after " + refused.retryAfterSeconds() + " s)"));
            return;
        }
        otherwise.commence(request, response, failure);
    }
}
