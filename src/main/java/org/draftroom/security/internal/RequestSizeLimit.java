package org.draftroom.security.internal;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.draftroom.DraftroomSettings;
import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;

/**
 * Refuses oversized API requests before anything reads them: 413 with a problem-details body that says the
 * limit. A 1 MB paragraph is legitimate (and tested); a 100 MB body is not. Multipart uploads (document
 * imports) have their own, larger limit. Requests without a Content-Length (chunked) are refused when they
 * declare nothing and are not multipart, so a client cannot stream around the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {
    private final long maxJsonBytes;
    private final long maxUploadBytes;

    RequestSizeLimit(DraftroomSettings settings) {
        this.maxJsonBytes = settings.api().maxJsonBytes().toBytes();
        this.maxUploadBytes = settings.api().maxUploadBytes().toBytes();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        long limit = multipart ? maxUploadBytes : maxJsonBytes;
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (length > limit || (chunked && !multipart)) {
            String detail = chunked
                    ? "Request bodies must declare their Content-Length (limit " + limit + " bytes)."
                    : "Request body of " + length + " bytes exceeds the limit of " + limit + " bytes.";
            ProblemDetail problem = Problems.of(ProblemType.TOO_LARGE, detail);
            problem.setProperty("limit", limit);
            Problems.write(request, response, problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
