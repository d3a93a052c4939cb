package org.draftroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.draftroom.DraftroomIT;
import org.draftroom.reliability.RoomBrowser;

/**
 * The UI under its Content-Security-Policy in Chromium: the login page signs in (the form carries the CSRF
 * token), the document room renders its text and live parts, and the browser reports no policy violation on
 * the way; an injected inline script is refused. Violations are collected from the page's
 * {@code securitypolicyviolation} events and from the console.
 */
@DraftroomIT
@Tag("browser")
class ContentSecurityPolicyBrowserIT {
    static final String COLLECT = """
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
            """;

    @LocalServerPort
    int port;

    @Test
    void login_and_the_document_room_work_with_no_policy_violation() throws Exception {
        String base = "http://localhost:" + port;
        String documentId;
        try (RoomBrowser api = new RoomBrowser(base)) {
            documentId = api.seedDocumentAndParagraph()[0];
        }
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(java.nio.file.Path.of("/usr/bin/chromium"))
                     .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu")))) {
            BrowserContext context = browser.newContext();
            context.setDefaultTimeout(60_000);
            context.addInitScript(COLLECT);
            Page page = context.newPage();
            List<String> console = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy") || m.text().contains("Content-Security-Policy")) {
                    console.add(m.text());
                }
            });
            List<String> violations = new CopyOnWriteArrayList<>();

            page.navigate(base + "/login");
            page.waitForSelector("vaadin-login-form input[name='username']");
            page.fill("input[name='username']", "observer");
            page.fill("input[name='password']", "demo");
            page.press("input[name='password']", "Enter");
            page.waitForURL(url -> !url.contains("/login"));
            violations.addAll(collected(page));

            page.navigate(base + "/documents/" + documentId);
            page.waitForSelector(".document-text");
            page.waitForTimeout(1_500);
            violations.addAll(collected(page));
            assertThat(page.locator(".document-text").textContent()).isNotBlank();

            assertThat(violations).as("securitypolicyviolation events").isEmpty();
            assertThat(console).as("console messages about the policy").isEmpty();

            page.evaluate("() => { const s = document.createElement('script'); s.textContent = 'window.__injected = 1';"
                    + " document.body.appendChild(s); }");
            assertThat(page.evaluate("() => typeof window.__injected")).as("an injected inline script does not run")
                    .isEqualTo("undefined");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> collected(Page page) {
        return (List<String>) page.evaluate("() => window.__cspViolations || []");
    }
}
