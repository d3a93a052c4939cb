package org.draftroom.testkit;

import java.sql.SQLException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Failures on request, for tests of what the API answers when a service fails: an API request with
 * {@code X-Draftroom-Test-Fault: 500} throws an unexpected exception inside the request, {@code 503} one whose
 * cause is a database connection that cannot be had. Part of every {@code @DraftroomIT} context, so that tests
 * using it share that one context: a second context would install a second Vaadin security-context strategy
 * and sign-ins in the first would no longer be seen.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFaults implements WebMvcConfigurer {
    public static final String HEADER = "X-Draftroom-Test-Fault";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String fault = request.getHeader(HEADER);
                if ("500".equals(fault)) throw new IllegalStateException("injected by TestFaults");
                if ("503".equals(fault)) {
                    throw new CannotGetJdbcConnectionException("injected by TestFaults",
                            new SQLException("Database is already closed", "08003", 90121));
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
