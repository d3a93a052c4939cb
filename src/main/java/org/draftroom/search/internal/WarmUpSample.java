package org.draftroom.search.internal;

import java.util.List;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/** A tiny document touching every kind of entry, indexed once at start to warm the index path up. */
final class WarmUpSample {
    private WarmUpSample() {
    }

    static NegotiationDocument document() {
        Proposal proposal = Proposal.inline("w-p", ProposalKind.DELETE, Actors.of("RU"), List.of(new Text("外部")),
                        List.of())
                .withPositions(List.of(new Position("w-pos", Position.Stance.OPPOSE, Actors.of("US"), null, null)));
        Paragraph paragraph = new Paragraph("w-1", true, List.of(new Text("评价将由一个"), proposal,
                new Text("评价小组进行。The evaluation team.")), List.of(), Status.OPEN, false);
        return new NegotiationDocument("warmup", DocumentHeader.minimal("WARMUP", "warm-up", "zh"), List.of(),
                List.of(new Section("w-s", "A.", List.of(new Text("背景")), List.of(paragraph))));
    }
}
