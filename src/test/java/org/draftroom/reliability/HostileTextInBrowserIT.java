package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;

/**
 * Hostile wording recorded by the secretariat through the API shows as literal text in the document view, both
 * when the page is opened and when it arrives live by push, and no script in it runs.
 */
@DraftroomIT
@Tag("browser")
class HostileTextInBrowserIT {
    static final List<String> HOSTILE = List.of("<script>window.__pwned=1</script>",
            "<img src=x onerror=\"window.__pwned=1\">", "\u202Eevil\u202C override", "a\u200Bb\u200Dc\uFEFFd");

    @LocalServerPort
    int port;

    @Test
    void hostile_proposal_wording_is_shown_as_literal_text_and_no_script_runs() throws Exception {
        try (RoomBrowser room = new RoomBrowser("http://localhost:" + port)) {
            String[] seed = room.seedDocumentAndParagraph();
            for (int i = 0; i < HOSTILE.size(); i++) {
                var r = room.proposeItem(seed[0], seed[1], "hostile-loaded-" + i + " " + HOSTILE.get(i));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            Page page = room.openDocument("observer", seed[0]);
            for (int i = 0; i < HOSTILE.size(); i++) {
                var r = room.proposeItem(seed[0], seed[1], "hostile-pushed-" + i + " " + HOSTILE.get(i));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            page.waitForFunction("() => document.querySelector('.document-text').textContent.includes('hostile-pushed-"
                    + (HOSTILE.size() - 1) + "')");
            page.waitForTimeout(500); // give an injected onerror handler the chance to fire

            String text = (String) page.evaluate("() => document.querySelector('.document-text').textContent");
            for (int i = 0; i < HOSTILE.size(); i++) {
                assertThat(text).contains("hostile-loaded-" + i + " " + HOSTILE.get(i));
                assertThat(text).contains("hostile-pushed-" + i + " " + HOSTILE.get(i));
            }
            assertThat(page.evaluate("() => typeof window.__pwned")).isEqualTo("undefined");
            assertThat(page.locator(".document-text script, .document-text img[src='x']").count()).isZero();
        }
    }
}
