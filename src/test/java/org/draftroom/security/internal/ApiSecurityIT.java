package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
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
    @Autowired
    org.draftroom.audit.AuditTrail audit;
    @Autowired
    org.draftroom.security.UserService users;

    private Api api;

    private Api api() {
        if (api == null) api = new Api(port);
        return api;
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        return api().get(path, user == null ? null : user + ":" + password);
    }

    /**
     * A client on another loopback address (127.0.0.0/8 all reach the server): failing tests each use their own,
     * so the throttle they provoke cannot slow the other tests of the shared context, which come from 127.0.0.1.
     */
    static HttpClient from(String loopbackAddress) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .localAddress(java.net.InetAddress.getByName(loopbackAddress)).build();
    }

    private HttpResponse<String> get(HttpClient client, String path, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", Api.basic(user + ":" + password));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
        HttpClient client = from("127.0.0.21");
        assertThat(get(client, API, "secretariat", "not-the-password").statusCode()).isEqualTo(401);
        assertThat(get(client, API, "nobody-" + UUID.randomUUID(), "demo").statusCode()).isEqualTo(401);
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
    void a_stranger_guessing_from_another_address_never_locks_the_owner_out() throws Exception {
        String name = newUser("right password");
        HttpClient stranger = from("127.0.0.22");
        int refusedCheaply = 0;
        for (int i = 0; i < 30; i++) {
            int status = get(stranger, API, name, "wrong " + i).statusCode();
            assertThat(status).isIn(401, 429);
            if (status == 429) refusedCheaply++;
        }
        assertThat(refusedCheaply).as("past the free allowance the stranger is refused before bcrypt").isGreaterThan(20);
        assertThat(get(API, name, "right password").statusCode()).as("the owner, from 127.0.0.1").isEqualTo(200);
        assertThat(get(API, "admin", "demo").statusCode()).as("other accounts still work").isEqualTo(200);
    }

    @Test
    void wrong_passwords_from_many_addresses_lock_the_account_with_an_audit_line_until_an_admin_lifts_it() throws Exception {
        String name = newUser("right password");
        for (int i = 0; i < LoginThrottle.ACCOUNT_LOCK_AFTER; i++) {
            assertThat(get(from("127.0.1." + (10 + i)), API, name, "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = get(API, name, "right password");
        assertThat(locked.statusCode()).as("locked even for the right password").isEqualTo(429);
        assertThat(locked.body()).contains("locked");
        assertThat(org.draftroom.testkit.SignIn.as("admin", () -> audit.latest(50))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("account-locked");
            assertThat(e.subject()).isEqualTo("user " + name);
            assertThat(e.detail()).startsWith(LoginThrottle.ACCOUNT_LOCK_AFTER + " wrong passwords from "
                    + LoginThrottle.ACCOUNT_LOCK_AFTER + " sources");
        });
        assertThat(org.draftroom.testkit.SignIn.as("admin", () -> users.lock(name))).isPresent();
        org.draftroom.testkit.SignIn.run("admin", () -> users.unlock(name));
        assertThat(get(API, name, "right password").statusCode()).isEqualTo(200);
        assertThat(org.draftroom.testkit.SignIn.as("admin", () -> audit.latest(20)))
                .anySatisfy(e -> assertThat(e.action() + " " + e.actor()).isEqualTo("account-unlocked admin"));
    }

    @Test
    void past_the_free_allowance_an_address_waits_with_429_and_retry_after_then_may_try_again() throws Exception {
        String name = newUser("right password");
        HttpClient client = from("127.0.0.23");
        for (int i = 0; i <= LoginThrottle.PAIR_FREE; i++) {
            Thread.sleep(600); // within the shared bcrypt budget for addresses with failures (2 a second)
            assertThat(get(client, API, name, "wrong " + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> waiting = get(client, API, name, "right password");
        assertThat(waiting.statusCode()).as("even the right password waits its turn").isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).contains("1");
        Thread.sleep(1_100);
        assertThat(get(client, API, name, "right password").statusCode()).isEqualTo(200);
    }

    @Test
    void wrong_passwords_within_the_free_allowance_then_the_right_one_succeed_and_reset_the_count() throws Exception {
        String name = newUser("right password");
        HttpClient client = from("127.0.0.24");
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) {
                Thread.sleep(600); // within the shared bcrypt budget for addresses with failures (2 a second)
                assertThat(get(client, API, name, "wrong").statusCode()).isEqualTo(401);
            }
            Thread.sleep(600);
            assertThat(get(client, API, name, "right password").statusCode()).isEqualTo(200);
        }
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
