package org.draftroom.room.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.documents.DocumentService;
import org.draftroom.testkit.TestDocuments;

/**
 * The seed's terms of reference in the room, signed in as a delegate, at the sizes of a laptop, a wide screen and
 * a tablet held upright: the negotiating text gets the space (its column at least 60 % of the width from 1024 px
 * on, a readable measure on wide screens), and the outline and the room's panel become drawers below 1400 px that
 * the keyboard opens and closes. Screenshots go to target/screenshots/ to be looked at.
 */
@Tag("browser")
@DraftroomIT
class RoomLayoutBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;

    private String tor() {
        return TestDocuments.seedTor(documents);
    }

    private static double width(Page page, String selector) {
        return ((Number) page.locator(selector).first().evaluate("e => e.getBoundingClientRect().width")).doubleValue();
    }

    /** Characters on the longest line of the first long paragraph: the measure a reader sees. */
    private static Map<?, ?> lineOf(Page page) {
        return (Map<?, ?>) page.evaluate("""
                () => {
                  const text = [...document.querySelectorAll('.document-text .paragraph-text')]
                      .find(e => e.textContent.length > 200);
                  const box = text.getBoundingClientRect();
                  const size = parseFloat(getComputedStyle(text).fontSize);
                  return {width: box.width, fontSize: size, chars: Math.round(box.width / size)};
                }""");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1024,768", "1366,768", "1920,1080", "768,1024"})
    void the_text_gets_the_space_and_the_panels_become_drawers_below_1400_px(int width, int height) throws Exception {
        Page page = pages.signIn("pakistan", width, height);
        pages.open(page, tor());
        page.waitForTimeout(500);
        System.out.println("LAYOUT body " + page.evaluate("() => [...document.body.children].map(e => e.tagName).join(' ')"));
        BrowserPages.hideDevelopmentTools(page);
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("room-" + width + "x" + height + ".png")));

        double column = width(page, ".document-main");
        double text = width(page, ".document-text");
        Map<?, ?> line = lineOf(page);
        System.out.printf("LAYOUT %dx%d text column %.0f px (%.0f %%), text %.0f px, a line %.0f px = %s characters at %s px%n",
                width, height, column, 100 * column / width, text, ((Number) line.get("width")).doubleValue(), line.get("chars"),
                line.get("fontSize"));
        if (width >= 1024) assertThat(column / width).as("text column share of the width").isGreaterThanOrEqualTo(0.6);
        assertThat(((Number) line.get("chars")).intValue()).as("characters a line (readable measure)").isBetween(20, 60);

        Locator outline = page.locator(".document-outline-slot");
        Locator aside = page.locator(".document-aside");
        if (width >= 1400) {
            assertThat(outline.isVisible()).isTrue();
            assertThat(aside.isVisible()).isTrue();
            assertThat(page.locator(".document-outline-toggle").isVisible()).isFalse();
            return;
        }
        assertThat(outline.isVisible()).as("outline closed below 1400 px").isFalse();
        assertThat(aside.isVisible()).as("room panel closed below 1400 px").isFalse();
        // the toolbar's buttons open the drawers; keyboard: Alt+O, Alt+R, Escape
        page.locator(".document-outline-toggle").click();
        waitVisible(outline);
        assertThat(page.locator(".document-outline-toggle").getAttribute("aria-expanded")).isEqualTo("true");
        page.keyboard().press("Escape");
        waitHidden(outline);
        page.locator(".document-text .paragraph").first().click();
        page.keyboard().press("Alt+R");
        waitVisible(aside);
        assertThat(page.locator(".room-panel").isVisible()).isTrue();
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("room-" + width + "x" + height + "-panel.png")));
        page.keyboard().press("Escape");
        waitHidden(aside);
        page.keyboard().press("Alt+O");
        waitVisible(outline);
        page.context().close();
    }

    @Test
    void the_drawer_toggles_are_reached_with_the_tab_key() {
        Page page = pages.signIn("pakistan", 1024, 768);
        pages.open(page, tor());
        boolean reached = false;
        for (int i = 0; i < 40 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = (Boolean) page.evaluate("() => !!document.activeElement.closest('.document-outline-toggle')");
        }
        assertThat(reached).as("the outline toggle takes the focus").isTrue();
        page.keyboard().press("Enter");
        waitVisible(page.locator(".document-outline-slot"));
        page.context().close();
    }

    private static void waitVisible(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.VISIBLE).setTimeout(5000));
    }

    private static void waitHidden(Locator locator) {
        locator.waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN).setTimeout(5000));
    }
}
