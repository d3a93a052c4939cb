package org.draftroom.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.draftroom.DraftroomIT;
import org.draftroom.search.internal.IndexMaintainer;

/**
 * From a search hit to its paragraph in a real browser, on the seed's terms of reference: the paragraph ends up
 * inside the viewport, marked, also when it stands far down the text (section F and later).
 */
@Tag("browser")
@DraftroomIT
class SearchJumpBrowserIT {
    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;
    @Autowired
    IndexMaintainer maintainer;

    @BeforeAll
    static void launch() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true).setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    private Page signIn() {
        Page page = browser.newContext(new Browser.NewContextOptions().setLocale("en-US").setViewportSize(1366, 768)).newPage();
        page.setDefaultTimeout(30_000);
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name='username']").fill("pakistan");
        page.locator("input[name='password']").fill("demo");
        page.locator("input[name='password']").press("Enter");
        page.waitForURL(url -> !url.contains("login"));
        return page;
    }

    @Test
    void the_paragraph_of_a_hit_is_in_the_viewport_and_marked_after_the_jump() throws Exception {
        assertThat(maintainer.awaitIdle(60_000)).isTrue();
        Page page = signIn();
        // the placeholder's example; its hit in section F stands thousands of pixels down the text
        page.navigate("http://localhost:" + port + "/search?q=" + java.net.URLEncoder.encode("外部评价小组", "UTF-8"));
        Locator hit = page.locator("a.search-hit-link").first();
        hit.waitFor();
        String href = hit.getAttribute("href");
        assertThat(href).contains("highlight=");
        hit.click();
        page.waitForURL(url -> url.contains("/documents/"));
        Locator marked = page.locator(".search-highlight");
        marked.waitFor();
        page.waitForTimeout(1500); // the text settles (content rendered as it comes into view)
        Map<?, ?> box = (Map<?, ?>) marked.evaluate("e => { const r = e.getBoundingClientRect(); "
                + "return {top: r.top, bottom: r.bottom, height: innerHeight}; }");
        Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "search-jump.png")));
        double top = ((Number) box.get("top")).doubleValue();
        double height = ((Number) box.get("height")).doubleValue();
        System.out.printf("SEARCH jump %s: paragraph top at %.0f px of a %.0f px viewport%n", href, top, height);
        assertThat(top).as("paragraph top within the viewport").isBetween(0.0, height - 40);
        assertThat(marked.locator("mark").count()).as("the hit's words are marked in the paragraph").isGreaterThan(0);
    }
}
