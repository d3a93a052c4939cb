package org.draftroom.room.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium (headless) for the room's browser tests: one browser, each user a context of its own. */
final class RoomPages implements AutoCloseable {
    private final Playwright playwright;
    private final Browser browser;
    private final String base;

    RoomPages(int port) {
        base = "http://localhost:" + port;
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    String base() {
        return base;
    }

    /** A new context of the given viewport, signed in as {@code user} (password "demo"), on the document list. */
    Page signIn(String user, int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(width, height));
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
    static void open(Page page, String base, String documentId) {
        page.navigate(base + "/documents/" + documentId);
        page.locator(".document-text .paragraph").first().waitFor();
    }

    /** The development-mode tools and their notice overlap the page in tests: screenshots show what users see. */
    static void hideDevelopmentTools(Page page) {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                "vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo { display: none !important; }"));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
