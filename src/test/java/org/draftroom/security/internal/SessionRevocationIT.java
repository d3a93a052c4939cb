package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.draftroom.DraftroomIT;
import org.draftroom.security.CurrentUser;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.testkit.Api;

/** Disabling an account or resetting its password ends its UI sessions and API credentials at once. */
@DraftroomIT
class SessionRevocationIT {
    @Autowired
    LoginThrottle throttle;

    /** Other tests' wrong passwords from loopback must not make these sign-ins wait (429). */
    @org.junit.jupiter.api.BeforeEach
    void freshSources() {
        throttle.forgetSources();
    }

    static final String API = "/api/v1/audit/verify";

    @Value("${local.server.port}")
    int port;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AccountDetailsService accounts;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private String newAdmin(String password) {
        String name = "rv-" + UUID.randomUUID().toString().substring(0, 8);
        store.insert(new UserAccount(name, name, Role.ADMIN, null, true), encoder.encode(password));
        return name;
    }

    private int api(String user, String password) throws Exception {
        return new Api(port).get(API, user + ":" + password).statusCode();
    }

    @Test
    void after_a_password_reset_the_old_password_no_longer_works_on_the_api_not_even_from_the_credential_cache() throws Exception {
        String name = newAdmin("old long password");
        assertThat(api(name, "old long password")).isEqualTo(200);
        assertThat(api(name, "old long password")).as("now answered from the cache").isEqualTo(200);
        store.setPassword(name, encoder.encode("new long password"));
        assertThat(api(name, "old long password")).isEqualTo(401);
        assertThat(api(name, "new long password")).isEqualTo(200);
    }

    @Test
    void a_disabled_account_is_refused_on_the_api_at_once_even_with_a_cached_credential() throws Exception {
        String name = newAdmin("some long password");
        assertThat(api(name, "some long password")).isEqualTo(200);
        store.update(new UserAccount(name, name, Role.ADMIN, null, false));
        assertThat(api(name, "some long password")).isEqualTo(401);
    }

    @Test
    void disabling_an_account_ends_its_open_ui_session_on_the_next_request() throws Exception {
        String name = newAdmin("ui long password");
        UiSignIn ui = new UiSignIn(port, http);
        String session = ui.signIn(name, "ui long password");
        assertThat(ui.get("/admin/users", session).status()).as("signed in").isEqualTo(200);
        store.update(new UserAccount(name, name, Role.ADMIN, null, false));
        UiSignIn.Page after = ui.get("/admin/users", session);
        assertThat(after.status()).isEqualTo(302);
        assertThat(after.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void a_password_reset_ends_the_open_ui_session_too() throws Exception {
        String name = newAdmin("ui long password");
        UiSignIn ui = new UiSignIn(port, http);
        String session = ui.signIn(name, "ui long password");
        store.setPassword(name, encoder.encode("another long password"));
        assertThat(ui.get("/admin/users", session).location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void a_session_principal_from_before_a_change_is_nobody_to_the_services() {
        String name = newAdmin("svc long password");
        AccountDetails signedIn = accounts.loadUserByUsername(name);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                signedIn, null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        assertThat(currentUser.get()).isPresent();
        store.update(new UserAccount(name, "renamed", Role.ADMIN, null, true));
        assertThat(currentUser.get()).as("a new display name ends nothing").isPresent();
        store.update(new UserAccount(name, "renamed", Role.OBSERVER, null, true));
        assertThat(currentUser.get()).as("a new role does").isEmpty();
    }
}
