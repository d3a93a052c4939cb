package org.draftroom.api.internal;

import java.io.IOException;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.draftroom.DatabaseDown;
import org.draftroom.api.ProblemType;
import org.draftroom.api.Problems;

/**
 * The root of "an API error became an empty 403": an exception that escapes the filters, or a plain
 * {@code sendError}, makes the container forward to {@code /error}; that path belongs to the UI's security
 * chain, which refuses the unauthenticated forward. This filter sits before Spring Security on error dispatches
 * and answers those of API requests itself, as problems; the UI's error handling is untouched.
 */
@Configuration(proxyBeanMethods = false)
class ErrorDispatchProblems {

    @Bean
    FilterRegistrationBean<jakarta.servlet.Filter> apiErrorDispatch() {
        FilterRegistrationBean<jakarta.servlet.Filter> registration = new FilterRegistrationBean<>(
                ErrorDispatchProblems::filter);
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("apiErrorDispatch");
        return registration;
    }

    private static void filter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !path.startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(req, res);
            return;
        }
        HttpServletResponse response = (HttpServletResponse) res;
        if (response.isCommitted()) return;
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String method = request.getMethod();
        Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        HttpStatus known = HttpStatus.resolve(status);
        String detail = message instanceof String m && !m.isBlank() ? m : known != null ? known.getReasonPhrase() : "";
        var problem = failure != null && DatabaseDown.causes(failure)
                ? Problems.of(ProblemType.UNAVAILABLE, "The database cannot be reached or written at the moment; "
                        + "nothing was stored. Try again later.")
                : failure != null || status >= 500 ? Problems.unexpected(failure, method, path)
                : Problems.of(ProblemType.forStatus(status), detail);
        response.resetBuffer();
        problem.setInstance(java.net.URI.create(path));
        Problems.write(request, response, problem);
    }
}
