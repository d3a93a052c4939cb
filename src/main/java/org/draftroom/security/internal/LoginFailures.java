package org.draftroom.security.internal;

import java.io.IOException;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Where a failed form sign-in lands: the login page, told why when the reason is not a secret (a throttled
 * attempt with its wait, a name longer than any account). Wrong password and unknown name look the same.
 */
class LoginFailures implements AuthenticationFailureHandler {
    private final DefaultRedirectStrategy redirect = new DefaultRedirectStrategy();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        String target = switch (failure) {
            case SignInRefused r when r.reason() == SignInRefused.Reason.NAME_TOO_LONG -> "/login?error=name";
            case SignInRefused r when r.reason() == SignInRefused.Reason.THROTTLED -> "/login?error=wait&seconds=" + r.retryAfterSeconds();
            case SignInRefused r when r.reason() == SignInRefused.Reason.LOCKED -> "/login?error=locked";
            default -> "/login?error";
        };
        redirect.sendRedirect(request, response, target);
    }
}
