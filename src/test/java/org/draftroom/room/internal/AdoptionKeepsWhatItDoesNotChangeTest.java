package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.Renderer;
import org.draftroom.testkit.SeedTexts;

/** Taking a chair's text or a rewrite as the basis keeps what it does not change; rewrites are one proposal. */
class AdoptionKeepsWhatItDoesNotChangeTest {
    private static final Renderer RENDERER = new Renderer(SeedTexts.REGISTRY);

    @Test
    void a_chair_text_for_paragraphs_2_and_3_keeps_the_quoted_decisions_and_the_footnotes() {
        NegotiationDocument doc = SeedTexts.tor3415(); // ¶2 = p5, ¶3 = p6 with footnotes 1, 2 and two quotations
        List<String> targets = List.of("p5", "p6");
        List<String> wordings = ChairDrafts.startingWording(doc, targets, Set.of()).stream().map(w -> "主席：" + w).toList();
        NegotiationDocument posted = ChairDrafts.post(doc, targets, wordings, "c1");
        String record = Agreement.removedBy(posted, "c1");
        NegotiationDocument basis = Agreement.adopt(posted, "c1", Set.of(), Status.OPEN);

        String clean = RENDERER.cleanOpen(basis);
        assertThat(clean).contains("A/55/INF/11", "A/59/13 Add.4", "在 2021 年取得评价结果之前，延后审议",
                "考虑在 2022-2023 两年期从现有十份申请中开设至多四个新的产权组织驻外办事处", "主席：");
        List<String> cited = Walk.blocks(basis).stream().filter(b -> b instanceof Paragraph).flatMap(b -> ((Paragraph) b).content().stream())
                .filter(i -> i instanceof FootnoteRef).map(i -> ((FootnoteRef) i).footnoteId()).toList();
        assertThat(cited).contains("fn1", "fn2");
        assertThat(record).contains("产权组织大会第五十一届会议").contains("产权组织大会第四十七届会议");
    }

    @Test
    void the_preview_shows_a_kept_quotation_in_one_pair_of_quotation_marks() {
        NegotiationDocument doc = SeedTexts.tor3415(); // ¶3 = p6 holds two quoted decisions as items
        List<String> targets = List.of("p5", "p6");
        NegotiationDocument posted = ChairDrafts.post(doc, targets, ChairDrafts.startingWording(doc, targets, Set.of()), "c1");

        List<String> kept = AdoptionPreviews.of(posted, "c1", Set.of(), new Describe(posted, id -> id)).kept();

        assertThat(kept).anySatisfy(line -> assertThat(line).startsWith("“在 2021 年"));
        assertThat(kept).allSatisfy(line -> assertThat(line).doesNotContain("““", "””"));
    }

    @Test
    void a_rewrite_of_a_paragraph_holding_proposals_is_one_proposal_shown_as_the_seed_shows_it() {
        NegotiationDocument doc = SeedTexts.tor3415();
        Paragraph holding = (Paragraph) doc.sections().stream().flatMap(sec -> sec.blocks().stream())
                .filter(b -> b instanceof Paragraph p && p.content().stream().anyMatch(i -> i instanceof Proposal))
                .findFirst().orElseThrow();
        List<Proposal> before = Walk.proposals(doc);
        NegotiationDocument rewritten = Proposing.rewrite(doc, holding.id(), "评价应全面审查网络。", Actors.of("PK"), "rw1");

        Proposal rewrite = DocumentEdits.requireProposal(rewritten, "rw1");
        assertThat(rewrite.kind()).isEqualTo(ProposalKind.REWRITE);
        assertThat(rewrite.targetIds()).containsExactly(holding.id());
        assertThat(Walk.proposals(rewritten).stream().map(q -> q.id() + " " + q.kind() + " " + q.status()).toList())
                .hasSize(before.size() + 1)
                .containsAll(before.stream().map(q -> q.id() + " " + q.kind() + " " + q.status()).toList());
        assertThat(RENDERER.marked(rewritten)).contains("巴基斯坦建议上段的措辞：评价应全面审查网络。");

        NegotiationDocument agreed = Agreement.agreeProposal(rewritten, "rw1");
        Paragraph now = (Paragraph) DocumentEdits.requireBlock(agreed, holding.id());
        assertThat(Walk.plainText(now.content())).startsWith("评价应全面审查网络。");
        assertThat(now.items().stream().map(Block::id).toList()).isEqualTo(holding.items().stream().map(Block::id).toList());
        assertThat(Walk.blocks(agreed).stream().filter(b -> b instanceof ProposalBlock pb && pb.proposal().id().equals("rw1"))).isEmpty();
    }

    @Test
    void an_english_rewrite_reads_like_the_seed_in_english() {
        NegotiationDocument doc = org.draftroom.testkit.TestDocuments.threeParagraphs("x");
        String para = Walk.blocks(doc).stream().filter(b -> b instanceof Paragraph).map(Block::id).findFirst().orElseThrow();
        NegotiationDocument en = new NegotiationDocument(doc.id(), org.draftroom.negotiation.DocumentHeader.minimal("X", "T", "en"),
                doc.preamble(), doc.sections());
        String marked = RENDERER.marked(Proposing.rewrite(en, para, "The evaluation shall review.", Actors.of("US"), "rw2"));
        assertThat(marked).contains("proposes the following wording for the paragraph above: The evaluation shall review.");
    }
}
