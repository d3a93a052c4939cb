package org.draftroom.notation.internal.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;

/** Replaces one proposal, found by id anywhere inside a block, by a changed copy (the model is immutable). */
final class Rewrites {
    private Rewrites() {
    }

    static Block block(Block block, String proposalId, UnaryOperator<Proposal> change) {
        return switch (block) {
            case Paragraph p -> new Paragraph(p.id(), p.numbered(), inlines(p.content(), proposalId, change),
                    blocks(p.items(), proposalId, change), p.status(), p.bracketed());
            case Item i -> new Item(i.id(), i.marker(), inlines(i.content(), proposalId, change),
                    blocks(i.items(), proposalId, change), i.bracketed());
            case Statement s -> new Statement(s.id(), s.kind(), s.actors(), inlines(s.text(), proposalId, change),
                    s.notation());
            case Footnote f -> f;
            case ProposalBlock pb -> new ProposalBlock(pb.id(), proposal(pb.proposal(), proposalId, change));
        };
    }

    static List<Block> blocks(List<Block> blocks, String proposalId, UnaryOperator<Proposal> change) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(block(b, proposalId, change));
        return out;
    }

    static List<Inline> inlines(List<Inline> inlines, String proposalId, UnaryOperator<Proposal> change) {
        List<Inline> out = new ArrayList<>(inlines.size());
        for (Inline i : inlines) out.add(i instanceof Proposal p ? proposal(p, proposalId, change) : i);
        return out;
    }

    static Proposal proposal(Proposal p, String proposalId, UnaryOperator<Proposal> change) {
        if (p.id().equals(proposalId)) return change.apply(p);
        List<Proposal> nested = new ArrayList<>();
        for (Proposal n : p.proposals()) nested.add(proposal(n, proposalId, change));
        return new Proposal(p.id(), p.kind(), p.actors(), inlines(p.target(), proposalId, change),
                inlines(p.text(), proposalId, change), p.targetIds(), p.destination(),
                blocks(p.blocks(), proposalId, change), p.status(), nested, p.positions(), p.label(), p.notation());
    }

    /** Every proposal of the document, innermost first, through {@code change}. */
    static NegotiationDocument everyProposal(NegotiationDocument doc, UnaryOperator<Proposal> change) {
        List<Section> sections = new ArrayList<>();
        for (Section s : doc.sections()) {
            sections.add(new Section(s.id(), s.label(), all(s.heading(), change), allBlocks(s.blocks(), change)));
        }
        return new NegotiationDocument(doc.id(), doc.header(), allBlocks(doc.preamble(), change), sections);
    }

    private static List<Block> allBlocks(List<Block> blocks, UnaryOperator<Proposal> change) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            out.add(switch (b) {
                case Paragraph p -> new Paragraph(p.id(), p.numbered(), all(p.content(), change),
                        allBlocks(p.items(), change), p.status(), p.bracketed());
                case Item i -> new Item(i.id(), i.marker(), all(i.content(), change), allBlocks(i.items(), change),
                        i.bracketed());
                case Statement s -> new Statement(s.id(), s.kind(), s.actors(), all(s.text(), change), s.notation());
                case Footnote f -> new Footnote(f.id(), all(f.content(), change));
                case ProposalBlock pb -> new ProposalBlock(pb.id(), one(pb.proposal(), change));
            });
        }
        return out;
    }

    private static List<Inline> all(List<Inline> inlines, UnaryOperator<Proposal> change) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : inlines) out.add(i instanceof Proposal p ? one(p, change) : i);
        return out;
    }

    private static Proposal one(Proposal p, UnaryOperator<Proposal> change) {
        List<Proposal> nested = new ArrayList<>();
        for (Proposal n : p.proposals()) nested.add(one(n, change));
        return change.apply(new Proposal(p.id(), p.kind(), p.actors(), all(p.target(), change), all(p.text(), change),
                p.targetIds(), p.destination(), allBlocks(p.blocks(), change), p.status(), nested, p.positions(),
                p.label(), p.notation()));
    }
}
