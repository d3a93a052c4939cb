package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

/**
 * Runs an adoption on a copy of the text (the model is immutable: nothing is stored) and reads off what it
 * changes, so the confirmation shows exactly what the action will do, not a guess of it.
 */
public final class AdoptionPreviews {
    private AdoptionPreviews() {
    }

    public record Replaced(String label, String before, String after) {
    }

    public record Preview(List<Replaced> paragraphs, List<String> kept, List<String> superseded) {
    }

    public static Preview of(NegotiationDocument doc, String chairProposalId, Set<String> drawsOn, Describe d) {
        Proposal text = DocumentEdits.requireProposal(doc, chairProposalId);
        NegotiationDocument after = Agreement.adopt(doc, chairProposalId, drawsOn, Status.OPEN);
        List<Block> replacement = text.blocks().isEmpty() ? List.of() : text.blocks();
        List<Replaced> paragraphs = new ArrayList<>();
        Numbering numbering = Numbering.of(doc);
        for (int n = 0; n < text.targetIds().size(); n++) {
            String id = text.targetIds().get(n);
            Block old = DocumentEdits.requireBlock(doc, id);
            String before = old instanceof Paragraph p ? Carryover.wording(p.content()) : Carryover.wording(old);
            String now = replacement.isEmpty() ? Walk.plainText(text.text()).strip()
                    : n < replacement.size() ? wordingOf(replacement.get(n)) : "";
            int number = numbering.paragraph(id);
            paragraphs.add(new Replaced(number > 0 ? "paragraph " + number : d.where(id), before, now));
        }
        return new Preview(paragraphs, kept(doc, after, text.targetIds()), superseded(doc, after, chairProposalId, drawsOn, d));
    }

    /** Parts of the replaced paragraphs other than their own wording that are still in the text after. */
    static List<String> kept(NegotiationDocument doc, NegotiationDocument after, List<String> targetIds) {
        Set<String> blocksAfter = new HashSet<>();
        Walk.blocks(after).forEach(b -> blocksAfter.add(b.id()));
        Set<String> refsAfter = new HashSet<>();
        Walk.blocks(after).forEach(b -> refsAfter.addAll(refs(b)));
        Numbering numbering = Numbering.of(doc);
        List<String> out = new ArrayList<>();
        for (String id : targetIds) {
            if (!(DocumentEdits.requireBlock(doc, id) instanceof Paragraph old)) continue;
            for (Block item : old.items()) {
                if (blocksAfter.contains(item.id())) out.add(Describe.quoted(Carryover.wording(item)));
            }
            for (Inline i : old.content()) {
                if (i instanceof FootnoteRef ref && refsAfter.contains(ref.footnoteId())) {
                    out.add("footnote " + numbering.footnote(ref.footnoteId()));
                }
            }
        }
        return out;
    }

    /**
     * Open proposals before that are superseded after; those that leave the text with the replaced wording are
     * named too: merged (the chair's text drew on them, lineage keeps them) or going with the wording (the
     * action's record names their words).
     */
    static List<String> superseded(NegotiationDocument doc, NegotiationDocument after, String chairProposalId,
                                   Set<String> drawsOn, Describe d) {
        Set<String> afterIds = new HashSet<>();
        List<String> out = new ArrayList<>();
        for (Proposal p : Walk.proposals(after)) afterIds.add(p.id());
        Set<String> supersededAfter = new HashSet<>();
        Walk.proposals(after).stream().filter(p -> p.status() == Status.SUPERSEDED).forEach(p -> supersededAfter.add(p.id()));
        Set<String> seen = new LinkedHashSet<>();
        for (Proposal p : Walk.proposals(doc)) {
            if (p.status() != Status.OPEN || p.id().equals(chairProposalId) || !seen.add(p.id())) continue;
            if (supersededAfter.contains(p.id())) out.add(d.proposal(p));
            else if (!afterIds.contains(p.id())) {
                out.add(d.proposal(p) + (drawsOn.contains(p.id()) ? " (merged into the chair's text)"
                        : " (goes with the replaced wording)"));
            }
        }
        return out;
    }

    private static String wordingOf(Block b) {
        return b instanceof Paragraph p ? Carryover.wording(p.content()) : Carryover.wording(b);
    }

    private static Set<String> refs(Block b) {
        Set<String> out = new HashSet<>();
        List<Inline> content = b instanceof Paragraph p ? p.content() : List.of();
        for (Inline i : content) if (i instanceof FootnoteRef ref) out.add(ref.footnoteId());
        return out;
    }
}
