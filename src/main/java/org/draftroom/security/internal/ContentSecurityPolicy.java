package org.draftroom.security.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The UI's Content-Security-Policy, with a fresh nonce per response: Vaadin's bootstrap page carries inline
 * scripts, and {@code security.ui.ScriptNonces} stamps this nonce on them, so no other inline script runs
 * (an injected {@code <script>} or {@code onerror=} does not). What each directive allows and why:
 * {@link #policy}. Verified in Chromium by {@code ContentSecurityPolicyBrowserIT}.
 */
public class ContentSecurityPolicy extends OncePerRequestFilter {
    /** Request attribute holding this response's nonce. */
    public static final String NONCE = ContentSecurityPolicy.class.getName() + ".nonce";
    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE, nonce);
        response.setHeader("Content-Security-Policy", policy(nonce));
        chain.doFilter(request, response);
    }

    /**
     * Scripts: our origin and the nonce; {@code 'unsafe-eval'} because Flow's client runs the server's
     * {@code executeJs} calls and element bindings through {@code new Function}. Styles: {@code 'unsafe-inline'}
     * because Vaadin's components and the marked text set style attributes (colours per delegation); styles
     * cannot run script. Images and fonts may be data: URIs (Vaadin's icons). Everything else: our origin only
     * ({@code connect-src 'self'} covers the push WebSocket), no plugins, no framing, forms post only to us.
     */
    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
