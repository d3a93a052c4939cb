package org.draftroom.room.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Readings;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

/** What the reading view shows: only some delegations' or statuses' proposals, and open brackets per section. */
public final class ViewFilters {
    private ViewFilters() {
    }

    /**
     * Keeps proposals made by (or for) {@code delegation} (any when null) whose status is in {@code statuses};
     * the others read as the base text (an insertion vanishes, a deletion keeps its words).
     */
    public static NegotiationDocument filter(NegotiationDocument doc, String delegation, Set<Status> statuses) {
        if (delegation == null && statuses.containsAll(Set.of(Status.values()))) return doc;
        return Rewriter.create()
                .inlines(i -> i instanceof Proposal p && !shown(p, delegation, statuses) ? baseReading(p) : List.of(i))
                .lists(list -> list.stream().filter(b -> !(b instanceof ProposalBlock pb) || shown(pb.proposal(), delegation, statuses)).toList())
                .apply(doc);
    }

    private static boolean shown(Proposal p, String delegation, Set<Status> statuses) {
        return statuses.contains(p.status()) && (delegation == null || p.actors().involves(delegation));
    }

    /**
     * How a proposal left out of the view reads: as the base text, except that an unattributed bracketed passage
     * keeps its words (nobody's proposal, so no filter by delegation may hide them).
     */
    static List<Inline> baseReading(Proposal p) {
        return switch (p.kind()) {
            case BRACKETED -> Readings.agreed(p);
            case INSERT, ADD_ITEM, DELETE, REPLACE, REWRITE, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE, CHAIR_ALTERNATIVE,
                 CHAIR_SUGGESTION -> Readings.base(p);
        };
    }

    /** Open brackets per section id ("" for the opening paragraphs): open proposals plus bracketed passages. */
    public static Map<String, Integer> openBrackets(NegotiationDocument doc) {
        Map<String, Integer> out = new LinkedHashMap<>();
        out.put("", count(new NegotiationDocument(doc.id(), doc.header(), doc.preamble(), List.of())));
        for (Section s : doc.sections()) {
            out.put(s.id(), count(new NegotiationDocument(doc.id(), doc.header(), List.of(), List.of(s))));
        }
        return out;
    }

    private static int count(NegotiationDocument part) {
        int n = (int) Walk.proposals(part).stream().filter(p -> p.status() == Status.OPEN).count();
        for (Block b : Walk.blocks(part)) {
            if (b instanceof Paragraph p && p.bracketed() && p.status() != Status.AGREED) n++;
            if (b instanceof Item i && i.bracketed()) n++;
        }
        return n;
    }
}
