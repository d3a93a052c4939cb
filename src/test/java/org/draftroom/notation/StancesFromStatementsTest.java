package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Position.Stance;

import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;
import org.junit.jupiter.api.Test;

/** Lines that state a stance on their own become positions on the proposal they are about, when one is meant. */
class StancesFromStatementsTest {
    static final DelegationRegistry REGISTRY = DelegationRegistry.standard();
    static final String ENGLISH = """
            1. The Committee [welcomes the report – US].

            Brazil: supports the US proposal.

            Canada: can accept.

            Japan: has a reservation on the report.

            2. The Committee:

            (a) [notes the plan – CA] and [decides to act – MX];

            (b) closes the session.

            India: supports it.
            """;

    private static List<Position> positionsOn(NegotiationDocument doc, ProposalKind kind, String by) {
        return Walk.proposals(doc).stream().filter(p -> p.kind() == kind && p.actors().by().contains(by))
                .findFirst().orElseThrow().positions();
    }

    private static List<String> statements(NegotiationDocument doc) {
        return Walk.blocks(doc).stream().filter(b -> b instanceof Statement).map(b -> (Statement) b)
                .map(s -> s.actors().by().getFirst() + ": " + Walk.plainText(s.text())).toList();
    }

    @Test
    void english_stances_become_positions_on_the_proposal_above() {
        ImportResult result = new NotationImporter(REGISTRY).importText(ENGLISH, ImportOptions.language("en"));
        NegotiationDocument doc = result.document();
        assertThat(positionsOn(doc, ProposalKind.INSERT, "US")).extracting(p -> p.actors().by().getFirst(), Position::stance)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BR", Stance.SUPPORT),
                        org.assertj.core.groups.Tuple.tuple("CA", Stance.SUPPORT),
                        org.assertj.core.groups.Tuple.tuple("JP", Stance.RESERVE));
        assertThat(statements(doc)).containsExactly("IN: supports it.");
        assertThat(result.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(15);
            assertThat(w.message()).contains("any of 2 proposals");
        });
        String marked = new Renderer(REGISTRY).marked(doc);
        assertThat(CharacterSimilarity.ratio(ENGLISH, marked)).isEqualTo(1.0);
    }

    @Test
    void in_the_seed_agreeing_with_algeria_joins_algerias_objection_to_pakistans_move() throws Exception {
        ImportResult result = new NotationImporter(REGISTRY).importText(seedTor(), null);
        NegotiationDocument doc = result.document();
        List<Position> onMove = positionsOn(doc, ProposalKind.MOVE, "PK");
        assertThat(onMove).extracting(p -> p.actors().by().getFirst(), Position::stance, Position::agreesWith)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DZ", Stance.OPPOSE, null),
                        org.assertj.core.groups.Tuple.tuple("IN", Stance.SUPPORT, "DZ"),
                        org.assertj.core.groups.Tuple.tuple("RU", Stance.SUPPORT, "DZ"),
                        org.assertj.core.groups.Tuple.tuple("IN", Stance.OPPOSE, null));
        assertThat(statements(doc)).doesNotContain("IN: 同意阿尔及利亚", "RU: 同意阿尔及利亚", "DZ: 不同意“是否”——不支持")
                .contains("DZ: 可以同意美国的建议", "AE: 支持美国的建议", "RU: 对有效性、效率、可持续性持保留意见——希望看到方法。");
        assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("a position line"))
                .extracting(ImportWarning::line).containsExactly(348, 350);
    }

    @Test
    void a_position_line_far_from_any_proposal_stays_a_statement_without_a_warning() {
        String text = "1. The Committee notes the report.\n\nBrazil: supports the approach.\n";
        ImportResult result = new NotationImporter(REGISTRY).importText(text, ImportOptions.language("en"));
        List<Block> blocks = Walk.blocks(result.document());
        assertThat(blocks).filteredOn(b -> b instanceof Statement).hasSize(1);
        assertThat(Walk.proposals(result.document())).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    static String seedTor() throws Exception {
        try (var in = StancesFromStatementsTest.class.getClassLoader().getResourceAsStream("seed/tor-external-offices.zh.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
