package org.draftroom.room.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;
import static org.draftroom.testkit.TestDocuments.P5;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Position;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.testkit.TestDocuments;

/** The timeline in Chromium: filtered to one delegation, then the text as it stood at one of its changes. */
@Tag("browser")
@DraftroomIT
class TimelineBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;

    @Test
    void a_delegations_changes_are_listed_and_the_text_as_it_stood_opens_from_one() throws Exception {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/TIMELINE/BROWSER/" + System.nanoTime()), null));
        String pk = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("aims", "and purpose aims"), null, Acting.self())).ids().getFirst();
        as("usa", () -> room.statePosition(doc, pk, Position.Stance.OPPOSE, null, Acting.self()));
        as("secretariat", () -> room.proposeNewAfter(doc, "p4", "A new item for Canada.", Acting.as("CA")));
        as("secretariat", () -> room.proposeNewAfter(doc, "p5", "A new item for Africa.", new Acting("DZ", "AFRICAN_GROUP", List.of())));
        as("secretariat", () -> room.editBase(doc, "p4", "The Committee requested a revised draft.", null));

        Page page = pages.signIn("observer", 1366, 768);
        page.navigate(pages.base() + "/timeline/" + doc);
        page.locator("vaadin-grid.timeline-grid vaadin-grid-cell-content").getByText("Secretariat for Canada").waitFor();
        assertThat(page.locator(".timeline-count").textContent()).isEqualTo("6 changes");
        BrowserPages.screenshot(page, "timeline");

        page.locator("vaadin-combo-box.timeline-delegation input").fill("Pakistan");
        page.locator("vaadin-combo-box-item").getByText("Pakistan", new com.microsoft.playwright.Locator.GetByTextOptions().setExact(true)).click();
        page.waitForFunction("() => document.querySelector('.timeline-count').textContent === '1 change'");
        assertThat(page.locator("vaadin-grid.timeline-grid").innerText()).contains("Pakistan").doesNotContain("Canada");
        BrowserPages.screenshot(page, "timeline-pakistan");

        page.locator("a.timeline-as-of").first().click();
        page.locator(".room-as-of-note").getByText("As it stood at revision 2").waitFor();
        assertThat(page.locator(".document-revision").textContent()).isEqualTo("Revision 2, last changed by Pakistan");
        assertThat(page.locator("#block-p4").innerText()).contains("requested a draft").doesNotContain("revised");
        BrowserPages.screenshot(page, "timeline-as-it-stood");
    }
}
