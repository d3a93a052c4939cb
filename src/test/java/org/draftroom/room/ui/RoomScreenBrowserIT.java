package org.draftroom.room.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.RoomService;
import org.draftroom.testkit.TestDocuments;

/**
 * The projection screen at 1920×1080 on the seed's terms of reference: when the chair brings up a paragraph that
 * has a chair's alternative text, the screen shows that text's wording and the positions on it, not a label.
 * The screenshot (target/screenshots/screen-1920x1080.png) is to be looked at.
 */
@Tag("browser")
@DraftroomIT
class RoomScreenBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;

    @Test
    void the_screen_shows_the_chairs_text_in_full_for_the_paragraph_the_chair_brings_up() throws Exception {
        String tor = TestDocuments.seedTor(documents);
        NegotiationDocument doc = as("secretariat", () -> documents.load(tor));
        ProposalBlock chair = Walk.blocks(doc).stream().filter(ProposalBlock.class::isInstance).map(ProposalBlock.class::cast)
                .filter(pb -> pb.proposal().kind() == ProposalKind.CHAIR_ALTERNATIVE && !pb.proposal().targetIds().isEmpty())
                .findFirst().orElseThrow();
        String target = chair.proposal().targetIds().getFirst();
        String wording = Walk.plainText(chair.proposal().text()).strip();
        if (wording.isEmpty()) {
            wording = chair.proposal().blocks().stream().filter(org.draftroom.negotiation.Paragraph.class::isInstance)
                    .map(b -> Walk.plainText(((org.draftroom.negotiation.Paragraph) b).content())).findFirst().orElse("").strip();
        }

        Page screen = pages.signIn("secretariat", 1920, 1080);
        screen.navigate(pages.base() + "/documents/" + tor + "/screen");
        screen.locator(".room-screen").waitFor();
        as("chair", () -> {
            room.select(tor, target);
            return null;
        });
        screen.locator(".room-screen-alternative").first().waitFor();
        screen.waitForTimeout(500);
        BrowserPages.hideDevelopmentTools(screen);
        Files.createDirectories(Path.of("target", "screenshots"));
        screen.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "screen-1920x1080.png")));

        String alternative = screen.locator(".room-screen-alternative").first().textContent();
        System.out.println("SCREEN chair's text shown: " + alternative.substring(0, Math.min(120, alternative.length())));
        assertThat(alternative).contains("Chair");
        String shown = alternative.replaceAll("\\s", "");
        String words = wording.replaceAll("\\s", "");
        assertThat(shown).as("the chair's wording itself, not a label").contains(words.substring(0, Math.min(6, words.length())));
        double size = ((Number) screen.locator(".room-screen-text").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")).doubleValue();
        assertThat(size).as("type size on a 1920 px screen").isGreaterThanOrEqualTo(36);
        screen.context().close();
    }
}
