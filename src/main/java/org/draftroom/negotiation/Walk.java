package org.draftroom.negotiation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Depth-first traversal of everything in a document, for counting, indexing and lookups. */
public final class Walk {
    private Walk() {
    }

    /** Every block, including items, footnotes and blocks inside chair alternatives, in reading order. */
    public static List<Block> blocks(NegotiationDocument document) {
        List<Block> out = new ArrayList<>();
        Consumer<Block> add = out::add;
        document.preamble().forEach(b -> block(b, add));
        document.sections().forEach(s -> s.blocks().forEach(b -> block(b, add)));
        return out;
    }

    private static void block(Block block, Consumer<Block> sink) {
        sink.accept(block);
        switch (block) {
            case Paragraph p -> p.items().forEach(b -> block(b, sink));
            case Item i -> i.items().forEach(b -> block(b, sink));
            case ProposalBlock pb -> pb.proposal().blocks().forEach(b -> block(b, sink));
            case Footnote f -> { }
            case Statement s -> { }
        }
    }

    /** Every proposal, at any depth (inline, block, nested, inside chair alternatives and headings). */
    public static List<Proposal> proposals(NegotiationDocument document) {
        List<Proposal> out = new ArrayList<>();
        document.sections().forEach(s -> inlines(s.heading(), out));
        for (Block block : blocks(document)) {
            switch (block) {
                case Paragraph p -> inlines(p.content(), out);
                case Item i -> inlines(i.content(), out);
                case Footnote f -> inlines(f.content(), out);
                case Statement s -> inlines(s.text(), out);
                case ProposalBlock pb -> proposal(pb.proposal(), out, false);
            }
        }
        return out;
    }

    private static void inlines(List<Inline> inlines, List<Proposal> out) {
        for (Inline inline : inlines) {
            if (inline instanceof Proposal p) proposal(p, out, true);
        }
    }

    /** Blocks of a chair alternative are already visited by {@link #blocks}, so only inline parts recurse here. */
    private static void proposal(Proposal p, List<Proposal> out, boolean visitBlocks) {
        out.add(p);
        inlines(p.target(), out);
        inlines(p.text(), out);
        p.proposals().forEach(nested -> proposal(nested, out, true));
        if (visitBlocks) {
            for (Block b : p.blocks()) {
                List<Proposal> sub = new ArrayList<>();
                Walk.block(b, blk -> {
                    switch (blk) {
                        case Paragraph para -> inlines(para.content(), sub);
                        case Item item -> inlines(item.content(), sub);
                        case Footnote f -> inlines(f.content(), sub);
                        case Statement s -> inlines(s.text(), sub);
                        case ProposalBlock pb -> proposal(pb.proposal(), sub, false);
                    }
                });
                out.addAll(sub);
            }
        }
    }

    /** Every position on every proposal. */
    public static List<Position> positions(NegotiationDocument document) {
        return proposals(document).stream().flatMap(p -> p.positions().stream()).toList();
    }

    /** The plain text of inline content, proposals included as their proposed text. */
    public static String plainText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> out.append(t.text());
                case Proposal p -> out.append(plainText(p.target())).append(plainText(p.text()));
                case Placeholder ph -> out.append('{').append(ph.name()).append('}');
                case FootnoteRef ignored -> { }
            }
        }
        return out.toString();
    }
}
