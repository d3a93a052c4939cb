package org.draftroom.room.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.BrowserPages;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.Renderer;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.testkit.SeedTexts;

/**
 * The afternoon in Chromium on a copy of the seed's terms of reference (section A: ¶2 p5, ¶3 p6, ¶4 p9,
 * ¶5 p16): Pakistan rewrites ¶5, which holds proposals, as one rewrite; the chair merges it into an alternative
 * text for ¶3–5 (a chair's text may draw only on proposals inside the paragraphs it replaces, so not ¶2–3 as the
 * issue wrote); the secretariat sees the preview, confirms and adopts it; ¶3's quoted Assembly decisions (two unnumbered
 * paragraphs inside it) and its footnotes (A/55/INF/11, A/59/13 Add.4) are still there; the rewrite shows superseded (struck, greyed); an
 * agreement is undone from the UI; a closed page leaves the presence list within 30 s (measured). Screenshots in
 * target/screenshots/afternoon-*.png.
 */
@Tag("browser")
@DraftroomIT
class RoomAfternoonBrowserIT {
    @RegisterExtension
    static final BrowserPages pages = new BrowserPages();

    @Autowired
    DocumentService documents;
    @Autowired
    Renderer renderer;

    private NegotiationDocument load(String doc) {
        return as("secretariat", () -> documents.load(doc));
    }

    private Page open(String user, String doc) {
        Page page = pages.signIn(user, 1600, 1000);
        pages.open(page, doc);
        BrowserPages.hideDevelopmentTools(page);
        return page;
    }

    private static void shoot(Page page, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve("afternoon-" + name + ".png")));
    }

    @Test
    void rewrite_merged_by_the_chair_adopted_with_nothing_lost_superseded_shown_agreement_undone_presence_true() throws Exception {
        String doc = as("secretariat", () -> documents.create(SeedTexts.tor3415(), null));
        NegotiationDocument start = load(doc);
        String p3 = "p6", p4 = "p9", p5 = "p16";
        assertThat(Walk.proposals(new NegotiationDocument(doc, start.header(), List.of(DocumentEdits.requireBlock(start, p5)), List.of())))
                .as("¶5 holds proposals").isNotEmpty();
        String quotedBefore = renderer.marked(start);
        List<String> quotations = decisions((Paragraph) DocumentEdits.requireBlock(start, p3));
        assertThat(quotations).as("¶3's items quote the Assembly's decisions").hasSize(2);
        assertThat(quotedBefore).contains("A/55/INF/11").contains("A/59/13 Add.4");

        Page usa = open("usa", doc); // the watcher of the presence list
        Page pakistan = open("pakistan", doc);
        usa.waitForCondition(() -> presence(usa).contains("Pakistan"));

        // Pakistan: new wording for the whole of ¶5, one proposal
        Set<String> before = ids(load(doc));
        String wording = "基于上述内容，评价旨在审查产权组织驻外办事处网络的规模、效率和绩效（巴基斯坦的新措辞）。";
        pakistan.locator("#block-" + p5 + " .paragraph-number").first().click();
        pakistan.locator("#block-" + p5 + " vaadin-button.room-propose").first().click();
        pakistan.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("New wording for the whole paragraph")).click();
        pakistan.locator("vaadin-text-area.room-wording textarea").fill(wording);
        shoot(pakistan, "1-rewrite-dialog");
        pakistan.locator("vaadin-button.room-submit").click();
        Proposal rewrite = waitForNew(doc, p -> p.kind() == ProposalKind.REWRITE, before);
        assertThat(rewrite.actors().by()).containsExactly("PK");
        assertThat(rewrite.targetIds()).containsExactly(p5);
        assertThat(Walk.plainText(rewrite.text())).isEqualTo(wording);
        assertThat(Walk.proposals(load(doc)).stream().filter(p -> !before.contains(p.id()))).as("one rewrite, nothing scattered").hasSize(1);
        pakistan.locator("[data-proposal='" + rewrite.id() + "']").first().waitFor();
        shoot(pakistan, "2-rewrite-tabled");

        // the chair: an alternative text for ¶3–5 that merges the rewrite
        Page chair = open("chair", doc);
        chair.locator("#block-" + p5 + " .paragraph-number").first().click();
        chair.locator("vaadin-button.room-chair-text").click();
        Locator numbers = chair.locator("vaadin-checkbox-group:not(.room-chair-merge) vaadin-checkbox");
        numbers.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*3\\s*$"))).click();
        chair.waitForCondition(() -> chair.locator("vaadin-text-area.room-chair-wording").count() == 2);
        numbers.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*4\\s*$"))).click();
        chair.waitForCondition(() -> chair.locator("vaadin-text-area.room-chair-wording").count() == 3);
        chair.locator("vaadin-checkbox-group.room-chair-merge vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Pakistan: new wording")).first().click();
        chair.waitForCondition(() -> chair.locator("vaadin-text-area.room-chair-wording textarea").last().inputValue().contains("巴基斯坦的新措辞"));
        shoot(chair, "3-chair-text-dialog");
        Set<String> beforeChair = ids(load(doc));
        chair.locator("vaadin-button.room-chair-post").click();
        Proposal chairText = waitForNew(doc, p -> p.kind() == ProposalKind.CHAIR_ALTERNATIVE, beforeChair);
        assertThat(chairText.targetIds()).containsExactly(p3, p4, p5);

        // the secretariat: the preview first, then adoption
        Page secretariat = open("secretariat", doc);
        secretariat.locator("[data-proposal='" + chairText.id() + "'] .proposal-heading").first().click();
        secretariat.locator("vaadin-button.room-accept-chair-text").click();
        Locator after = secretariat.locator(".room-preview-after");
        after.first().waitFor();
        assertThat(secretariat.locator(".room-preview-superseded").textContent()).contains("Pakistan");
        secretariat.waitForTimeout(600); // the dialog's opening animation
        shoot(secretariat, "4-adoption-preview");
        secretariat.locator("vaadin-button.room-confirm-ok").click();
        waitUntil(() -> proposal(doc, rewrite.id()).status() == Status.SUPERSEDED);

        // nothing of ¶3 lost: its quotations and footnotes are in the stored text and on the page
        NegotiationDocument adopted = load(doc);
        String marked = renderer.marked(adopted);
        assertThat(marked).contains("A/55/INF/11").contains("A/59/13 Add.4");
        for (String q : quotations) assertThat(marked).as("quotation of ¶3").contains(q);
        Locator text = secretariat.locator(".document-text");
        secretariat.waitForCondition(() -> text.textContent().contains("巴基斯坦的新措辞"));
        assertThat(text.textContent()).contains("A/55/INF/11").contains("A/59/13 Add.4").contains(quotations.getFirst());

        // the merged rewrite stays in view, struck through and greyed
        Locator superseded = secretariat.locator(".document-text .status-superseded[data-proposal='" + rewrite.id() + "']").first();
        superseded.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
        superseded.scrollIntoViewIfNeeded();
        System.out.println("AFTERNOON elements of the rewrite: " + secretariat.locator("[data-proposal='" + rewrite.id() + "']").count());
        String style = (String) superseded.evaluate("e => getComputedStyle(e).textDecorationLine + ' ' + getComputedStyle(e).opacity");
        System.out.println("AFTERNOON superseded rewrite style: " + style);
        assertThat(style).contains("line-through");
        shoot(secretariat, "5-adopted-superseded");

        // an agreement undone from the UI (¶21, p463)
        secretariat.locator("#block-p463 .paragraph-number").first().click();
        secretariat.locator("vaadin-button.room-agree").click();
        secretariat.locator("vaadin-button.room-confirm-ok").click();
        waitUntil(() -> ((Paragraph) DocumentEdits.requireBlock(load(doc), "p463")).status() == Status.AGREED);
        secretariat.locator("vaadin-button.room-undo-last").waitFor();
        secretariat.waitForTimeout(600); // the confirmation's closing animation
        shoot(secretariat, "6-agreed-with-undo");
        secretariat.locator("vaadin-button.room-undo-last").click();
        waitUntil(() -> ((Paragraph) DocumentEdits.requireBlock(load(doc), "p463")).status() == Status.OPEN);
        assertThat(as("secretariat", () -> documents.history(doc, null)).getLast().action()).isEqualTo("undo-agree");

        // presence: Pakistan closes its page; the United States' list drops it within 30 s
        pakistan.close();
        long closed = System.nanoTime();
        while (presence(usa).contains("Pakistan")) {
            long ms = (System.nanoTime() - closed) / 1_000_000;
            assertThat(ms).as("Pakistan still listed after " + ms + " ms").isLessThan(30_000);
            usa.waitForTimeout(250);
        }
        System.out.println("AFTERNOON closed page left the presence list after " + (System.nanoTime() - closed) / 1_000_000 + " ms");
        shoot(usa, "7-presence-after-close");
    }

    private static String presence(Page page) {
        return page.locator(".room-presence").textContent();
    }

    /** The opening words of each paragraph inside the paragraph (the decisions it quotes). */
    private static List<String> decisions(Paragraph p) {
        List<String> out = new java.util.ArrayList<>();
        for (var item : p.items()) {
            if (item instanceof Paragraph q && !q.content().isEmpty()
                    && q.content().getFirst() instanceof org.draftroom.negotiation.Text t && t.text().strip().length() >= 6) {
                out.add(t.text().strip().substring(0, Math.min(20, t.text().strip().length())));
            }
        }
        return out;
    }

    private static Set<String> ids(NegotiationDocument doc) {
        Set<String> ids = new HashSet<>();
        Walk.proposals(doc).forEach(p -> ids.add(p.id()));
        return ids;
    }

    private Proposal proposal(String doc, String id) {
        return Walk.proposals(load(doc)).stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private Proposal waitForNew(String doc, Predicate<Proposal> kind, Set<String> before) {
        Predicate<Proposal> fresh = p -> kind.test(p) && !before.contains(p.id());
        waitUntil(() -> Walk.proposals(load(doc)).stream().anyMatch(fresh));
        return Walk.proposals(load(doc)).stream().filter(fresh).findFirst().orElseThrow();
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("condition not met within 15 s");
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
