package org.draftroom.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium (headless) for the browser tests: one browser a test class, each user a context of its own;
 * screenshots go to target/screenshots/. In a {@code @DraftroomIT} class,
 * {@code @RegisterExtension static final BrowserPages pages = new BrowserPages();} launches it on the test app's
 * port before the tests and closes it after them.
 */
public final class BrowserPages implements BeforeAllCallback, AfterAllCallback, AutoCloseable {
    private Playwright playwright;
    private Browser browser;
    private String base;

    /** For {@code @RegisterExtension}: launched on the port of the test class's application. */
    public BrowserPages() {
    }

    /** Launched now, on an app this test started itself. */
    public BrowserPages(int port) {
        launch(port);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        String port = SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
        launch(Integer.parseInt(port));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void launch(int port) {
        base = "http://localhost:" + port;
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    public String base() {
        return base;
    }

    /** A new context of the given viewport, signed in as {@code user} (password "demo"). */
    public Page signIn(String user, int width, int height) {
        return signIn(user, width, height, "en-US");
    }

    /** As {@link #signIn(String, int, int)}, from a browser whose language (Accept-Language) is {@code locale}. */
    public Page signIn(String user, int width, int height, String locale) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale(locale).setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        Page page = context.newPage();
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill(user);
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("login"));
        return page;
    }

    /** Opens a document's reading view and waits until its text is there. */
    public void open(Page page, String documentId) {
        page.navigate(base + "/documents/" + documentId);
        page.locator(".document-text .paragraph").first().waitFor();
    }

    /** The development-mode tools and their notice overlap the page in tests: screenshots show what users see. */
    public static void hideDevelopmentTools(Page page) {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                "vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo { display: none !important; }"));
    }

    /** A full-page screenshot without the development tools, at target/screenshots/{name}.png. */
    public static Path screenshot(Page page, String name) throws java.io.IOException {
        hideDevelopmentTools(page);
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }
}
