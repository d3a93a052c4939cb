package org.draftroom.testkit;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
 * cause is a database connection that cannot be had, {@code 500-after} one after the operation returned (its
 * change committed, its answer lost), and {@code hold:<token>} waits inside the request until the test lets it
 * go ({@link #hold}). Part of every {@code @DraftroomIT} context, so that tests
 * using it share that one context: a second context would install a second Vaadin security-context strategy
 * and sign-ins in the first would no longer be seen.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFaults implements WebMvcConfigurer {
    public static final String HEADER = "X-Draftroom-Test-Fault";
    private static final Map<String, Hold> HOLDS = new ConcurrentHashMap<>();

    /**
     * A request held inside the server (after the filters, before the operation) until {@link Hold#release}:
     * send it with {@link Hold#header()} as the fault header's value. With {@code failAfter}, it then fails with
     * an unexpected exception instead of running, so it changes nothing.
     */
    public static Hold hold(boolean failAfter) {
        Hold h = new Hold(UUID.randomUUID().toString(), failAfter, new CountDownLatch(1), new CountDownLatch(1));
        HOLDS.put(h.token(), h);
        return h;
    }

    public record Hold(String token, boolean failAfter, CountDownLatch entered, CountDownLatch released) {
        public String header() {
            return "hold:" + token;
        }

        /** Waits until the held request is inside the server. */
        public void awaitEntered(Duration timeout) throws InterruptedException {
            if (!entered.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the held request did not arrive within " + timeout);
            }
        }

        public void release() {
            released.countDown();
            HOLDS.remove(token);
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws InterruptedException {
                String fault = request.getHeader(HEADER);
                if ("500".equals(fault)) throw new IllegalStateException("injected by TestFaults");
                if ("503".equals(fault)) {
                    throw new CannotGetJdbcConnectionException("injected by TestFaults",
                            new SQLException("Database is already closed", "08003", 90121));
                }
                if (fault != null && fault.startsWith("hold:")) {
                    Hold h = HOLDS.get(fault.substring("hold:".length()));
                    if (h == null) throw new IllegalStateException("no such hold " + fault);
                    h.entered().countDown();
                    if (!h.released().await(30, TimeUnit.SECONDS)) throw new IllegalStateException("held too long");
                    if (h.failAfter()) throw new IllegalStateException("injected by TestFaults after a hold");
                }
                return true;
            }

            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   org.springframework.web.servlet.ModelAndView view) {
                if ("500-after".equals(request.getHeader(HEADER))) {
                    throw new IllegalStateException("injected by TestFaults after the operation returned");
                }
            }
        }).addPathPatterns("/api/**");
    }
}
