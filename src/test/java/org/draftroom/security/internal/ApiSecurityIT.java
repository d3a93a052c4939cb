package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;

import org.draftroom.DraftroomIT;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;
import org.draftroom.testkit.Api;

/** The REST API's HTTP Basic chain and the login throttle, over real HTTP against the running app. */
@DraftroomIT
class ApiSecurityIT {
    static final String API = "/api/v1/audit/verify";

    @Value("${local.server.port}")
    int port;
    @Autowired
    UserStore store;
    @Autowired
    PasswordEncoder encoder;

    private Api api;

    private Api api() {
        if (api == null) api = new Api(port);
        return api;
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return api().get(path, user == null ? null : user + ":" + password);
    }

    /** A fresh account per test, so locking it cannot disturb the demo accounts other tests use. */
    private String newUser(String password) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        store.insert(new UserAccount(name, name, Role.ADMIN, null, true), encoder.encode(password));
        return name;
    }

    @Test
    void the_api_without_credentials_is_401_not_a_login_redirect() throws Exception {
        HttpResponse<String> response = get(API, null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void the_api_with_a_wrong_password_is_401() throws Exception {
        assertThat(get(API, "secretariat", "not-the-password").statusCode()).isEqualTo(401);
        assertThat(get(API, "nobody-" + UUID.randomUUID(), "demo").statusCode()).isEqualTo(401);
    }

    @Test
    void the_api_with_the_right_password_answers_and_opens_no_session() throws Exception {
        HttpResponse<String> response = get(API, "admin", "demo");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }

    @Test
    void a_signed_in_user_without_the_role_gets_403_from_the_service_check() throws Exception {
        assertThat(get(API, "observer", "demo").statusCode()).isEqualTo(403);
    }

    @Test
    void a_disabled_account_cannot_use_the_api() throws Exception {
        String name = newUser("right password");
        store.update(new UserAccount(name, name, Role.ADMIN, null, false));
        assertThat(get(API, name, "right password").statusCode()).isEqualTo(401);
    }

    @Test
    void five_wrong_passwords_lock_the_name_so_even_the_right_one_is_refused() throws Exception {
        String name = newUser("right password");
        assertThat(get(API, name, "right password").statusCode()).isEqualTo(200);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(get(API, name, "wrong " + i).statusCode()).isEqualTo(401);
        }
        assertThat(get(API, name, "right password").statusCode()).isEqualTo(401);
        assertThat(get(API, "admin", "demo").statusCode()).as("other accounts still work").isEqualTo(200);
    }

    @Test
    void four_wrong_passwords_then_the_right_one_succeeds_and_resets_the_count() throws Exception {
        String name = newUser("right password");
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) get(API, name, "wrong");
        assertThat(get(API, name, "right password").statusCode()).isEqualTo(200);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) get(API, name, "wrong");
        assertThat(get(API, name, "right password").statusCode()).isEqualTo(200);
    }

    @Test
    void the_ui_sends_anonymous_visitors_to_the_login_page() throws Exception {
        HttpResponse<String> response = get("/", null, null);
        assertThat(response.statusCode()).isIn(302, 303);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(get("/login", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void the_openapi_description_is_public() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"openapi\"");
    }
}
