package org.draftroom.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.search.internal.IndexMaintainer;

/**
 * From a search hit to its paragraph in a real browser, on the seed's terms of reference: the paragraph ends up
 * inside the viewport, marked, also when it stands far down the text (section F and later).
 */
@Tag("browser")
@DraftroomIT
class SearchJumpBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Autowired
    IndexMaintainer maintainer;

    private Page signIn() {
        return pages.signIn("pakistan", 1366, 768);
    }

    @Test
    void the_paragraph_of_a_hit_is_in_the_viewport_and_marked_after_the_jump() throws Exception {
        assertThat(maintainer.awaitIdle(60_000)).isTrue();
        Page page = signIn();
        // the placeholder's example; its hit in section F stands thousands of pixels down the text
        page.navigate(pages.base() + "/search?q=" + java.net.URLEncoder.encode("外部评价小组", "UTF-8"));
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
