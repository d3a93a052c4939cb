package org.draftroom.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/** Debian's Chromium (headless) for the secretariat screens' browser tests; screenshots go to target/screenshots/. */
public final class BrowserPages implements AutoCloseable {
    private final Playwright playwright;
    private final Browser browser;
    private final String base;

    public BrowserPages(int port) {
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

    /** A full-page screenshot without the development tools, at target/screenshots/{name}.png. */
    public static Path screenshot(Page page, String name) throws java.io.IOException {
        page.addStyleTag(new Page.AddStyleTagOptions().setContent(
                "vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo { display: none !important; }"));
        Path file = Files.createDirectories(Path.of("target", "screenshots")).resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
