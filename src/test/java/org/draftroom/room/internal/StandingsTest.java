package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position.Stance;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.SampleTor;
import org.draftroom.testkit.SeedTexts;

/** The dashboard's figures, computed on the model: a slice built in code, and the seed's terms of reference. */
class StandingsTest {
    private static final NegotiationDocument SAMPLE = SampleTor.document();
    private static final NegotiationDocument TOR = SeedTexts.tor3415();

    private static Standings.DelegationRow row(Standings.Result r, String delegation) {
        return r.delegations().stream().filter(d -> d.delegationId().equals(delegation)).findFirst().orElseThrow();
    }

    private static Standings.OpenProposal open(Standings.Result r, String proposalId) {
        return r.open().stream().filter(o -> o.proposal().id().equals(proposalId)).findFirst().orElseThrow();
    }

    @Test
    void every_proposal_is_placed_at_the_paragraph_a_reader_finds_it_in() {
        Places places = Places.of(SAMPLE);
        assertThat(places.all()).hasSameSizeAs(Walk.proposals(SAMPLE));
        assertThat(places.of("pr-a").words()).isEqualTo("the heading of section A");
        assertThat(places.of("pr-a").blockId()).isEqualTo("sA");
        assertThat(places.of("pr-ng").words()).isEqualTo("paragraph 3"); // nested inside Switzerland's insertion
        assertThat(places.of("pr-ng").blockId()).isEqualTo("p3");
        assertThat(places.of("pr-us").words()).isEqualTo("paragraph 3"); // inside the chair's text for paragraph 3
        assertThat(places.of("pr-us").blockId()).isEqualTo("pb-chair");
        assertThat(places.of("pr-item").words()).isEqualTo("after paragraph 3");
        assertThat(Places.of(TOR).all()).hasSameSizeAs(Walk.proposals(TOR));
    }

    @Test
    void open_brackets_per_section_match_the_outline_and_are_split_by_delegation() {
        Standings.Result r = Standings.of(SAMPLE);
        assertThat(r.sections()).extracting(Standings.SectionRow::label).containsExactly("", "A", "B");
        assertThat(r.sections()).extracting(Standings.SectionRow::openBrackets).containsExactly(1, 1, 7);
        assertThat(r.sections().get(2).openByDelegation()).containsEntry("RU", 2).containsEntry("CN", 1)
                .containsEntry("CHAIR", 1).containsEntry("US", 1).containsEntry("NG", 1).containsEntry("CH", 1)
                .containsEntry("IR", 1).hasSize(7);
        assertThat(r.sections().get(1).openByDelegation()).isEqualTo(Map.of("PK", 1));
    }

    @Test
    void paragraphs_are_in_brackets_free_of_them_or_agreed() {
        Standings.Result r = Standings.of(SAMPLE);
        // paragraph 1 is bracketed as a whole, paragraph 2 agreed, paragraph 3 holds proposals
        assertThat(r.sections()).extracting(s -> s.paragraphs().open() + "/" + s.paragraphs().clear() + "/" + s.paragraphs().agreed())
                .containsExactly("1/0/0", "0/0/1", "1/0/0");
        assertThat(r.paragraphs()).isEqualTo(new Standings.Paragraphs(2, 0, 1));
    }

    @Test
    void who_holds_what_counts_sponsors_groups_spoken_for_and_positions() {
        Standings.Result r = Standings.of(SAMPLE);
        assertThat(row(r, "RU").proposals()).isEqualTo(Map.of(Status.OPEN, 2));
        assertThat(row(r, "PK").positions()).isEqualTo(Map.of(Stance.OPPOSE, 1));
        assertThat(row(r, "AFRICAN_GROUP").positions()).isEqualTo(Map.of(Stance.SUPPORT, 1));
        assertThat(row(r, "US").proposals()).isEqualTo(Map.of(Status.OPEN, 1));
        assertThat(row(r, "US").positions()).isEqualTo(Map.of(Stance.OPPOSE, 1));
        assertThat(row(r, "IR").openPlaces()).extracting(Places.Place::words).containsExactly("paragraph 3");
        assertThat(row(r, "RU").openPlaces()).extracting(Places.Place::words).containsExactly("paragraph 3", "after paragraph 3");
    }

    @Test
    void the_matrix_holds_each_delegations_standing_position_and_marks_sponsors() {
        Standings.Result r = Standings.of(SAMPLE);
        assertThat(r.open()).hasSize(8);
        assertThat(open(r, "pr-chair").positions()).isEqualTo(Map.of("PK", Stance.OPPOSE, "IR", Stance.OPPOSE));
        assertThat(open(r, "pr-us").positions()).isEqualTo(Map.of("DZ", Stance.SUPPORT, "AFRICAN_GROUP", Stance.SUPPORT));
        assertThat(open(r, "pr-item").sponsors()).containsExactly("RU", "CN");
        assertThat(r.positionHolders()).containsExactlyInAnyOrder("AE", "PK", "IR", "DZ", "AFRICAN_GROUP", "US");
    }

    @Test
    void the_seed_terms_of_reference_give_their_real_figures() {
        Standings.Result r = Standings.of(TOR);
        assertThat(Walk.proposals(TOR)).hasSize(164);
        assertThat(r.open()).hasSize(163); // the one agreed is Algeria's, for the African Group
        assertThat(row(r, "DZ").proposals()).isEqualTo(Map.of(Status.OPEN, 34, Status.AGREED, 1));
        assertThat(row(r, "RU").open()).isEqualTo(41);
        assertThat(row(r, "PK").open()).isEqualTo(23);
        assertThat(row(r, "US").open()).isEqualTo(13);
        assertThat(row(r, "CHAIR").open()).isEqualTo(12);
        assertThat(row(r, "US").positions()).isEqualTo(Map.of(Stance.SUPPORT, 7, Stance.OPPOSE, 4, Stance.COMMENT, 2));
        // "A. 背景[“和宗旨”——巴基斯坦：删除；阿联酋不同意]"
        Standings.OpenProposal heading = r.open().getFirst();
        assertThat(heading.place().words()).isEqualTo("the heading of section A");
        assertThat(heading.sponsors()).containsExactly("PK");
        assertThat(heading.positions()).isEqualTo(Map.of("AE", Stance.OPPOSE));
        // "• [产权组织纽约办事处——俄罗斯；中国][美国不同意]": China's one proposal, in paragraph 8, opposed by the US
        assertThat(row(r, "CN").open()).isEqualTo(1);
        assertThat(row(r, "CN").openPlaces()).extracting(Places.Place::words).containsExactly("paragraph 8");
        assertThat(r.sections()).extracting(Standings.SectionRow::label).containsExactly("", "A", "B", "C", "D", "E", "F", "G", "H");
        assertThat(r.sections()).extracting(Standings.SectionRow::openBrackets).containsExactly(0, 33, 7, 15, 32, 36, 45, 14, 5);
        assertThat(r.sections().get(4).openByDelegation()).containsEntry("RU", 15);
        assertThat(r.paragraphs()).isEqualTo(new Standings.Paragraphs(16, 5, 0));
    }
}
