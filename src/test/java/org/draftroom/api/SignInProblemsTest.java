package org.draftroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;

import org.draftroom.DatabaseDown;

/** What the API's security chain answers before any controller runs. */
class SignInProblemsTest {

    private static MockHttpServletResponse commence(Exception failure) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/documents");
        MockHttpServletResponse response = new MockHttpServletResponse();
        SignInProblems.entryPoint("Draftroom").commence(request, response,
                failure instanceof org.springframework.security.core.AuthenticationException a ? a
                        : new InternalAuthenticationServiceException("user store", failure));
        return response;
    }

    @Test
    void no_credentials_is_a_401_problem_with_the_basic_challenge() throws Exception {
        MockHttpServletResponse r = commence(new InsufficientAuthenticationException("none"));
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getHeader("WWW-Authenticate")).isEqualTo("Basic realm=\"Draftroom\", charset=\"UTF-8\"");
        assertThat(r.getContentType()).startsWith("application/problem+json");
        assertThat(r.getContentAsString()).contains("\"type\":\"https://draftroom.org/problems/unauthorized\"",
                "\"status\":401", "\"instance\":\"/api/v1/documents\"");
    }

    @Test
    void wrong_credentials_are_a_401_that_does_not_say_which_part_was_wrong() throws Exception {
        MockHttpServletResponse r = commence(new BadCredentialsException("Bad credentials"));
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getContentAsString()).contains("user name or password is wrong");
    }

    @Test
    void a_sign_in_the_database_could_not_check_is_a_503_not_a_401() throws Exception {
        MockHttpServletResponse r = commence(new CannotGetJdbcConnectionException("pool",
                new SQLNonTransientConnectionException("Database is already closed", "08003", 90121)));
        assertThat(r.getStatus()).isEqualTo(503);
        assertThat(r.getHeader("WWW-Authenticate")).isNull();
        assertThat(r.getHeader("Retry-After")).isEqualTo("10");
        assertThat(r.getContentAsString()).contains("https://draftroom.org/problems/unavailable");
    }

    @Test
    void access_denied_in_the_chain_is_a_403_problem() throws Exception {
        MockHttpServletResponse r = new MockHttpServletResponse();
        SignInProblems.accessDenied().handle(new MockHttpServletRequest("POST", "/api/v1/x"), r,
                new AccessDeniedException("Access Denied"));
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(r.getContentAsString()).contains("https://draftroom.org/problems/forbidden");
    }

    @Test
    void database_failures_are_told_from_request_failures() {
        assertThat(DatabaseDown.causes(new CannotGetJdbcConnectionException("x"))).isTrue();
        assertThat(DatabaseDown.causes(new IllegalStateException("wrapped",
                new SQLException("The database has been closed", "HY000", 90098)))).isTrue();
        assertThat(DatabaseDown.causes(new RuntimeException(
                new SQLException("IO Exception: No space left on device", "HY000", 90028)))).isTrue();
        assertThat(DatabaseDown.causes(new SQLException("Value too long", "22001", 22001))).isFalse();
        assertThat(DatabaseDown.causes(new IllegalArgumentException("bad input"))).isFalse();
    }
}
