package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.draftroom.testkit.SeedTexts;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Walk;
import org.junit.jupiter.api.Test;

/** The bracketed passages of the revised 2024/25 budget, cut from budget-2024-25-revised.zh.txt as they stand. */
class BudgetPassagesTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();

    /** The lines of the seed from the one containing {@code first} to the one containing {@code last}. */
    static String passage(String first, String last) {
        List<String> lines = SeedTexts.text("budget-2024-25-revised.zh.txt").lines().toList();
        int from = 0;
        while (!lines.get(from).contains(first)) from++;
        int to = from;
        while (!lines.get(to).contains(last)) to++;
        return String.join("\n", lines.subList(from, to + 1));
    }

    static NegotiationDocument load(String text) {
        return new NotationImporter(REGISTRY).importText(text, ImportOptions.language("zh")).document();
    }

    @Test
    void switzerland_proposes_a_passage_that_holds_nigerias_amendment() {
        String text = passage("建立绿色技术专利信息数据库", "[瑞士提案]");
        NegotiationDocument doc = load(text);
        Proposal swiss = Walk.proposals(doc).stream().filter(p -> p.actors().by().equals(List.of("CH")))
                .findFirst().orElseThrow();
        assertThat(swiss.kind()).isEqualTo(ProposalKind.INSERT);
        assertThat(Walk.plainText(swiss.text())).startsWith("推广关于绿色技术的").endsWith("属于公有领域的技术");
        List<Proposal> nested = swiss.text().stream().filter(i -> i instanceof Proposal).map(i -> (Proposal) i).toList();
        assertThat(nested).singleElement().satisfies(ng -> {
            assertThat(ng.kind()).isEqualTo(ProposalKind.INSERT);
            assertThat(ng.actors().by()).containsExactly("NG");
            assertThat(Walk.plainText(ng.text())).isEqualTo("最近可用的");
        });
        // the PDF's Symbol-font bullet (U+F0B7) is written back as "•"; everything else comes back as it was
        assertThat(CharacterSimilarity.ratio(text.replace('\uF0B7', '•'), new Renderer(REGISTRY).marked(doc))).isEqualTo(1.0);
        assertThat(new Renderer(REGISTRY).cleanOpen(doc))
                .contains("[推广关于绿色技术的WIPO Green 数据库，以帮助确定绿色技术的专利状况，包括那些[最近可用的]属于公有领域的技术]");
    }

    @Test
    void the_united_states_proposal_on_the_ip_and_gender_action_plan() {
        String text = passage("领导知识产权和性别行动计划的实施", "[美利坚合众国]");
        ImportResult result = new NotationImporter(REGISTRY).importText(text, ImportOptions.language("zh"));
        Proposal us = Walk.proposals(result.document()).stream().filter(p -> p.actors().by().equals(List.of("US")))
                .findFirst().orElseThrow();
        assertThat(us.kind()).isEqualTo(ProposalKind.INSERT);
        assertThat(Walk.plainText(us.text())).isEqualTo("和与其他联合国机构的合作");
        // the track-changes extraction left one bracket open: imported, and reported where it is
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("not closed");
        });
        List<Inline> item = ((Item) Walk.blocks(result.document()).getFirst()).content();
        assertThat(item).contains(us);
        assertThat(Walk.plainText(item)).startsWith("领导知识产权和性别行动计划的实施及其补充性机构间计划[及其补充性机构间计划");
        assertThat(new Renderer(REGISTRY).marked(result.document())).contains("[和与其他联合国机构的合作][美利坚合众国]");
    }
}
