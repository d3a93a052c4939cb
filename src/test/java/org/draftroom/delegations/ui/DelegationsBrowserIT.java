package org.draftroom.delegations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;

/** The delegations page in Chromium: the UN's names, and the groups of the forum chosen. */
@Tag("browser")
@DraftroomIT
class DelegationsBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Test
    void the_un_forum_lists_its_groups_and_states_go_by_their_un_names() throws Exception {
        Page page = pages.signIn("observer", 1366, 900);
        page.navigate(pages.base() + "/delegations");
        page.locator("vaadin-grid.groups-grid vaadin-grid-cell-content").getByText("Group B").first().waitFor();
        page.locator("vaadin-select.forum-choice").click();
        page.locator("vaadin-select-item").getByText("United Nations").click();
        page.waitForFunction("() => !document.querySelector('vaadin-grid.groups-grid').innerText.includes('Group B')");
        assertThat(page.locator("vaadin-grid.groups-grid").innerText()).contains("Alliance of Small Island States")
                .doesNotContain("Group B");
        BrowserPages.screenshot(page, "delegations-un-groups");
        page.locator("vaadin-text-field input").fill("Korea");
        page.locator("vaadin-grid.states-grid vaadin-grid-cell-content")
                .getByText("Democratic People's Republic of Korea").first().waitFor();
        page.locator("vaadin-grid.states-grid").scrollIntoViewIfNeeded();
        BrowserPages.screenshot(page, "delegations-un-states");
        assertThat(page.locator("vaadin-grid.states-grid").innerText()).contains("朝鲜民主主义人民共和国",
                "the Republic of Korea", "Group of 77 and China").doesNotContain("Group B");
    }
}
