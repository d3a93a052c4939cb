package org.draftroom.security.internal;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends a UI session whose account was disabled, re-roled or given a new password since it signed in: on the
 * session's next request (a page, or any Vaadin server round trip, which travel as HTTP requests with
 * {@code @Push}'s default WEBSOCKET_XHR transport) the session is invalidated and the request goes on
 * anonymous, so Vaadin shows the session as expired and the browser lands on the login page.
 */
class RevokedSessions extends OncePerRequestFilter {
    private final UserStore store;

    RevokedSessions(UserStore store) {
        this.store = store;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountDetails signedIn && !stillValid(signedIn)) {
            HttpSession session = request.getSession(false);
            if (session != null) session.invalidate();
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(AccountDetails signedIn) {
        return store.findStampedThisRequest(signedIn.getUsername())
                .filter(s -> s.account().enabled() && s.epoch() == signedIn.epoch()).isPresent();
    }
}
