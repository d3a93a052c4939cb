package org.draftroom.exports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;

/**
 * The sessions and publications screens in Chromium: a session created through the dialog, then the budget
 * page in revised format opened from its link (a real request through the UI's session, not the API's).
 */
@Tag("browser")
@DraftroomIT
class SessionsBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Test
    void the_secretariat_creates_a_session_in_the_browser_and_opens_the_revised_budget_page() throws Exception {
        Page page = pages.signIn("secretariat", 1366, 900);
        page.navigate(pages.base() + "/sessions");
        page.locator("#session-create").click();
        page.locator("#session-symbol input").fill("WO/PBC/38");
        page.locator("#session-name input").fill("第三十八届会议 / Thirty-eighth session");
        page.locator("#session-starts input").fill("7/7/2025");
        page.locator("#session-starts input").press("Enter");
        page.locator("#session-ends input").fill("7/11/2025");
        page.locator("#session-ends input").press("Enter");
        page.locator("#session-place input").fill("日内瓦 / Geneva");
        BrowserPages.screenshot(page, "sessions-dialog");
        page.locator("#session-save").click();
        page.locator("#sessions-grid").getByText("PBC/38").waitFor();
        assertThat(page.locator("#sessions-grid").textContent()).contains("2025-07-07 – 2025-07-11");
        BrowserPages.screenshot(page, "sessions");

        page.navigate(pages.base() + "/publications");
        page.locator("#budget-html").waitFor();
        page.locator("vaadin-details.decision-list").first().click();
        page.getByText("Agenda item 1: 会议开幕").first().waitFor();
        BrowserPages.screenshot(page, "publications");
        var download = page.waitForDownload(() -> page.locator("#a64-7-pdf").click());
        assertThat(new String(java.nio.file.Files.readAllBytes(download.path()), 0, 5,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Page budget = page.waitForPopup(() -> page.locator("#budget-html").click());
        budget.waitForLoadState();
        assertThat(budget.content()).contains("拟议的 2024/25年工作计划和预算").contains("WIPO Green");
        BrowserPages.screenshot(budget, "publications-budget");
    }
}
