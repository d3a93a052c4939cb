package org.draftroom.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import org.draftroom.DraftroomIT;
import org.draftroom.audit.AuditEntry;
import org.draftroom.audit.AuditTrail;
import org.draftroom.testkit.SignIn;

/** The UI chain over plain HTTP: login CSRF, security headers, no session id in URLs, over-long names. */
@DraftroomIT
class UiHardeningIT {
    @Value("${local.server.port}")
    int port;
    @Autowired
    AuditTrail audit;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void signing_in_without_the_csrf_token_is_refused() throws Exception {
        UiSignIn ui = new UiSignIn(port, http);
        UiSignIn.Page login = ui.get("/login", null);
        UiSignIn.Page forged = ui.post(login.cookie(), "admin", "demo", "_csrf", null);
        assertThat(forged.location()).as("sent back to the login page, not into the app").hasValueSatisfying(l ->
                assertThat(l).endsWith("/login"));
        assertThat(ui.get("/admin/users", forged.cookie()).status()).as("not signed in").isEqualTo(302);
        UiSignIn.Page wrongToken = ui.post(login.cookie(), "admin", "demo", UiSignIn.csrfParameter(login.body()), "forged");
        assertThat(wrongToken.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(ui.get("/admin/users", wrongToken.cookie()).status()).as("not signed in").isEqualTo(302);
    }

    @Test
    void signing_in_with_the_token_of_the_login_page_works() throws Exception {
        UiSignIn ui = new UiSignIn(port, http);
        String session = ui.signIn("admin", "demo");
        assertThat(ui.get("/admin/users", session).status()).isEqualTo(200);
    }

    @Test
    void ui_pages_send_a_content_security_policy_nosniff_and_a_referrer_policy() throws Exception {
        UiSignIn ui = new UiSignIn(port, http);
        UiSignIn.Page login = ui.get("/login", null);
        var headers = login.response().headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self' 'nonce-").contains("object-src 'none'").contains("frame-ancestors 'none'")
                .doesNotContain("script-src 'self' 'unsafe-inline'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        String nonce = headers.firstValue("Content-Security-Policy").orElseThrow().replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(login.body()).as("Vaadin's inline scripts carry the nonce").contains("nonce=\"" + nonce + "\"");
        assertThat(ui.get("/login", null).response().headers().firstValue("Content-Security-Policy"))
                .as("a new nonce per response").isNotEqualTo(headers.firstValue("Content-Security-Policy"));
    }

    @Test
    void the_session_id_never_appears_in_a_url() throws Exception {
        UiSignIn ui = new UiSignIn(port, ApiSecurityIT.from("127.0.0.25"));
        UiSignIn.Page anonymous = ui.get("/admin/users", null);
        assertThat(anonymous.location()).hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
        UiSignIn.Page login = ui.get("/login", null);
        assertThat(login.body()).doesNotContainIgnoringCase(";jsessionid=");
        UiSignIn.Page wrong = ui.post(login.cookie(), "admin", "not the password", UiSignIn.csrfParameter(login.body()),
                UiSignIn.csrfToken(login.body()));
        assertThat(wrong.location()).hasValueSatisfying(l -> assertThat(l).doesNotContainIgnoringCase("jsessionid"));
    }

    @Test
    void a_user_name_over_64_characters_is_refused_with_a_reason_and_audited() throws Exception {
        UiSignIn ui = new UiSignIn(port, ApiSecurityIT.from("127.0.0.26"));
        UiSignIn.Page login = ui.get("/login", null);
        String name = "x".repeat(65) + System.nanoTime();
        UiSignIn.Page refused = ui.post(login.cookie(), name, "whatever", UiSignIn.csrfParameter(login.body()),
                UiSignIn.csrfToken(login.body()));
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error=name"));
        assertThat(SignIn.as("admin", () -> audit.latest(20))).anySatisfy((AuditEntry e) -> {
            assertThat(e.action()).isEqualTo("sign-in-refused");
            assertThat(e.actor()).isEqualTo(name.substring(0, 60));
            assertThat(e.detail()).contains("user name of " + name.length() + " characters");
        });
    }
}
