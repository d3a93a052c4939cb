package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

class ViewFiltersTest {
    private static NegotiationDocument twoProposals() {
        NegotiationDocument doc = TestDocuments.threeParagraphs("the size of the network");
        var base = Tokens.of(DocumentEdits.content(doc, "par1"));
        List<String> ids = new ArrayList<>();
        doc = Proposing.proposeChanges(doc, "par1", base, WordDiff.changes(base, Tokens.split("the whole size of the network")),
                new Actors(List.of("DZ"), "AFRICAN_GROUP"), ids::add);
        return Proposing.aboutBlock(doc, "par2", ProposalKind.DELETE, Actors.of("US"), null, null, "d1");
    }

    @Test
    void filtering_by_delegation_keeps_its_proposals_and_reads_the_others_as_base_text() {
        NegotiationDocument african = ViewFilters.filter(twoProposals(), "AFRICAN_GROUP", EnumSet.allOf(Status.class));
        assertThat(Walk.proposals(african)).extracting(p -> p.actors().by().getFirst()).containsExactly("DZ");
        NegotiationDocument us = ViewFilters.filter(twoProposals(), "US", EnumSet.allOf(Status.class));
        assertThat(Walk.proposals(us)).extracting(p -> p.kind()).containsExactly(ProposalKind.DELETE);
        assertThat(Walk.plainText(DocumentEdits.content(us, "par1"))).isEqualTo("the size of the network");
    }

    @Test
    void filtering_by_status_and_counting_open_brackets_per_section() {
        NegotiationDocument doc = twoProposals();
        assertThat(ViewFilters.openBrackets(doc)).containsEntry("secA", 3).containsEntry("secB", 0);
        NegotiationDocument withdrawn = Proposing.withdraw(doc, "d1", "US", r -> { });
        assertThat(Walk.proposals(ViewFilters.filter(withdrawn, null, Set.of(Status.OPEN)))).hasSize(1);
        assertThat(ViewFilters.openBrackets(withdrawn)).containsEntry("secA", 2);
    }
}
