package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Readings;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;

/**
 * What agreeing does to the text. An agreed inline proposal becomes plain wording (an insertion its text, a
 * deletion nothing), so clean texts need no interpretation; an agreed block proposal takes effect (new item in
 * place, paragraph moved or deleted); a chair's text replaces the paragraphs it names. Undo goes through the
 * history (the state before the agreement), see RoomService.
 */
public final class Agreement {
    private Agreement() {
    }

    /** Marks a paragraph or item agreed: its brackets go. */
    public static NegotiationDocument agreeBlock(NegotiationDocument doc, String blockId) {
        Block block = DocumentEdits.requireBlock(doc, blockId);
        if (!(block instanceof Paragraph) && !(block instanceof Item)) {
            throw new IllegalArgumentException(blockId + " is not a paragraph or an item");
        }
        if (block instanceof Paragraph p && p.status() == Status.AGREED && !p.bracketed()) {
            throw new IllegalArgumentException("the paragraph is already agreed");
        }
        return Rewriter.create().blocks(b -> switch (b) {
            case Paragraph p when p.id().equals(blockId) ->
                    new Paragraph(p.id(), p.numbered(), p.content(), p.items(), Status.AGREED, false);
            case Item i when i.id().equals(blockId) -> new Item(i.id(), i.marker(), i.content(), i.items(), false);
            case Paragraph p -> p;
            case Item i -> i;
            case Footnote f -> f;
            case Statement s -> s;
            case ProposalBlock pb -> pb;
        }).apply(doc);
    }

    public static NegotiationDocument agreeProposal(NegotiationDocument doc, String proposalId) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        if (p.status() != Status.OPEN) {
            throw new IllegalArgumentException("the proposal is " + p.status().wire() + "; only open proposals can be agreed");
        }
        ProposalBlock holder = holder(doc, proposalId);
        if (holder == null) return agreeInline(doc, p);
        return switch (p.kind()) {
            case CHAIR_ALTERNATIVE, REWRITE -> adopt(doc, proposalId, Set.of(), Status.AGREED);
            case ADD_ITEM -> DocumentEdits.replaceBlock(doc, holder.id(), p.blocks().stream().map(b -> agreed(b, Status.AGREED)).toList());
            case DELETE -> DocumentEdits.removeBlocks(doc, union(p.targetIds(), holder.id()));
            case MOVE -> moveAll(DocumentEdits.removeBlocks(doc, Set.of(holder.id())), p.targetIds(), p.destination());
            case CHAIR_SUGGESTION -> p.destination() != null
                    ? moveAll(DocumentEdits.removeBlocks(doc, Set.of(holder.id())), p.targetIds(), p.destination())
                    : Proposing.replaceProposal(doc, p.withStatus(Status.AGREED));
            case RETAIN -> {
                NegotiationDocument out = DocumentEdits.removeBlocks(doc, Set.of(holder.id()));
                for (String id : p.targetIds()) out = agreeBlock(out, id);
                yield out;
            }
            case INSERT, REPLACE, REQUEST_BRACKETS, EXCLUDE, BRACKETED ->
                    Proposing.replaceProposal(doc, p.withStatus(Status.AGREED));
        };
    }

    /**
     * The words agreeing a proposal takes out of the text, for the record of the action: what a deletion or
     * replacement removes, alternatives left open beside it, the wording of paragraphs it deletes or replaces.
     */
    public static String removedBy(NegotiationDocument doc, String proposalId) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        List<String> out = new ArrayList<>();
        if (holder(doc, proposalId) == null) {
            switch (p.kind()) {
                case DELETE, REPLACE, REWRITE, INSERT, RETAIN, BRACKETED -> out.add(Carryover.wording(List.of(p)));
                case ADD_ITEM, MOVE, REQUEST_BRACKETS, EXCLUDE, CHAIR_ALTERNATIVE, CHAIR_SUGGESTION -> {
                    return ""; // stays in place as an agreed proposal
                }
            }
        } else {
            switch (p.kind()) {
                case CHAIR_ALTERNATIVE, REWRITE -> out.add(Carryover.replacedWording(doc, p.targetIds()));
                case DELETE -> p.targetIds().forEach(id -> out.add(Carryover.wording(DocumentEdits.requireBlock(doc, id))));
                case ADD_ITEM, MOVE, RETAIN, CHAIR_SUGGESTION, INSERT, REPLACE, REQUEST_BRACKETS, EXCLUDE, BRACKETED -> { }
            }
            out.add(Carryover.wording(p.text())); // a note the holder carried
        }
        return String.join(" / ", out.stream().filter(s -> !s.isBlank()).toList());
    }

    /** Agrees a proposal; the proposals its lineage names ({@code drawsOn}) and still open become superseded. */
    public static NegotiationDocument agreeSuperseding(NegotiationDocument doc, String id, Set<String> drawsOn) {
        NegotiationDocument out = agreeProposal(doc, id);
        if (drawsOn.isEmpty()) return out;
        return Rewriter.create().proposals(p -> drawsOn.contains(p.id()) && p.status() == Status.OPEN
                ? p.withStatus(Status.SUPERSEDED) : p).apply(out);
    }

    /** Inline: the agreed reading replaces the proposal; nested amendments that were agreed stay applied. */
    private static NegotiationDocument agreeInline(NegotiationDocument doc, Proposal agreed) {
        return Rewriter.create().inlines(i -> i instanceof Proposal p && p.id().equals(agreed.id())
                ? agreedReading(p) : List.of(i)).proposals(p -> p.id().equals(agreed.id())
                ? p.withStatus(Status.AGREED) : p).apply(doc);
    }

    /** What stands in the text once the proposal is agreed. Requested brackets stay (as agreed brackets). */
    static List<Inline> agreedReading(Proposal p) {
        return switch (p.kind()) {
            case INSERT, REPLACE, REWRITE, BRACKETED, DELETE, RETAIN -> Readings.agreed(p);
            // what only takes effect elsewhere (a move, new items, a chair's text) or stays marked stays in place
            case ADD_ITEM, MOVE, REQUEST_BRACKETS, EXCLUDE, CHAIR_ALTERNATIVE, CHAIR_SUGGESTION ->
                    List.of(p.withStatus(Status.AGREED));
        };
    }

    /**
     * Puts a chair's text (or a rewrite) in place of the paragraphs it replaces, keeping what it does not change
     * of them (quotations, footnotes, items: {@link Carryover}). Proposals it drew on that are still in the text,
     * and block proposals about the replaced paragraphs, become superseded and stay visible.
     */
    public static NegotiationDocument adopt(NegotiationDocument doc, String proposalId, Set<String> drawsOn, Status status) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        ProposalBlock holder = holder(doc, proposalId);
        if (holder == null || p.targetIds().isEmpty() || p.blocks().isEmpty() && !oneParagraphRewrite(p)) {
            throw new IllegalArgumentException("this proposal is not a text replacing paragraphs");
        }
        List<Block> blocks = p.blocks().isEmpty() ? List.of(rewritten(doc, p)) : p.blocks();
        List<Block> replacement = Carryover.keep(doc, p.targetIds(), blocks.stream().map(b -> agreed(b, status)).toList());
        NegotiationDocument out = DocumentEdits.replaceBlock(doc, p.targetIds().getFirst(), replacement);
        out = DocumentEdits.removeBlocks(out, union(p.targetIds().subList(1, p.targetIds().size()), holder.id()));
        Set<String> replaced = new HashSet<>(p.targetIds());
        return Rewriter.create().proposals(q -> q.status() == Status.OPEN && (drawsOn.contains(q.id())
                || (!q.targetIds().isEmpty() && replaced.containsAll(q.targetIds())))
                ? q.withStatus(Status.SUPERSEDED) : q).apply(out);
    }

    /** New wording for one paragraph, written as a line ("美国建议上段的措辞：…"). */
    static boolean oneParagraphRewrite(Proposal p) {
        return p.kind() == ProposalKind.REWRITE && p.targetIds().size() == 1 && p.blocks().isEmpty() && !p.text().isEmpty();
    }

    /** The paragraph a one-line rewrite makes: the same paragraph (id, numbering) with the new wording. */
    private static Block rewritten(NegotiationDocument doc, Proposal p) {
        Block target = DocumentEdits.requireBlock(doc, p.targetIds().getFirst());
        if (!(target instanceof Paragraph old)) throw new IllegalArgumentException("a rewrite replaces a paragraph");
        return new Paragraph(old.id(), old.numbered(), p.text(), List.of(), old.status(), old.bracketed());
    }

    private static Block agreed(Block b, Status status) {
        boolean open = status != Status.AGREED;
        return switch (b) {
            case Paragraph p -> new Paragraph(p.id(), p.numbered(), p.content(), p.items(), status, open);
            case Item i -> new Item(i.id(), i.marker(), i.content(), i.items(), open);
            case Footnote f -> f;
            case Statement s -> s;
            case ProposalBlock pb -> pb;
        };
    }

    private static NegotiationDocument moveAll(NegotiationDocument doc, List<String> ids, String section) {
        NegotiationDocument out = doc;
        for (String id : ids) out = DocumentEdits.move(out, id, section);
        return out;
    }

    /** The block a block proposal stands in, or null for an inline proposal. */
    public static ProposalBlock holder(NegotiationDocument doc, String proposalId) {
        List<ProposalBlock> found = new ArrayList<>();
        Rewriter.create().blocks(b -> {
            if (b instanceof ProposalBlock pb && pb.proposal().id().equals(proposalId)) found.add(pb);
            return b;
        }).apply(doc);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static Set<String> union(List<String> ids, String more) {
        Set<String> out = new HashSet<>(ids);
        out.add(more);
        return out;
    }
}
