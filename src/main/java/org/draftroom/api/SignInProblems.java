package org.draftroom.api;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import org.draftroom.DatabaseDown;

/**
 * What the API's security chain answers before any controller runs: 401 with the Basic challenge and a problem
 * body, 403 as a problem. A sign-in that fails because the user store cannot be read is a 503, not a 401: the
 * credentials were never checked.
 */
public final class SignInProblems {
    private SignInProblems() {
    }

    public static AuthenticationEntryPoint entryPoint(String realm) {
        return (request, response, failure) -> {
            if (DatabaseDown.causes(failure)) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "10");
                Problems.write(request, response, Problems.of(ProblemType.UNAVAILABLE,
                        "The database cannot be reached at the moment, so the credentials could not be checked. "
                                + "Try again later."));
                return;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
            Problems.write(request, response, Problems.of(ProblemType.UNAUTHORIZED, detail(failure)));
        };
    }

    public static AccessDeniedHandler accessDenied() {
        return (request, response, denied) -> Problems.write(request, response, Problems.of(ProblemType.FORBIDDEN,
                "Your role does not allow this: " + denied.getMessage()));
    }

    private static String detail(AuthenticationException failure) {
        return failure instanceof org.springframework.security.authentication.InsufficientAuthenticationException
                ? "This operation needs HTTP Basic credentials of a Draftroom account."
                : "The user name or password is wrong, or the account is disabled or locked.";
    }
}
