package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import org.draftroom.negotiation.Text;

/**
 * Bottom-up rewrite of a whole document: every block list, block, inline and proposal (at any depth) passes
 * through the hooks after its children were rewritten. The model is immutable, so each edit is one rewrite.
 */
public final class Rewriter {
    private UnaryOperator<List<Block>> lists = UnaryOperator.identity();
    private UnaryOperator<Block> blocks = UnaryOperator.identity();
    private Function<Inline, List<Inline>> inlines = List::of;
    private UnaryOperator<Proposal> proposals = UnaryOperator.identity();
    private UnaryOperator<Section> sections = UnaryOperator.identity();

    public static Rewriter create() {
        return new Rewriter();
    }

    public Rewriter lists(UnaryOperator<List<Block>> hook) {
        this.lists = hook;
        return this;
    }

    public Rewriter blocks(UnaryOperator<Block> hook) {
        this.blocks = hook;
        return this;
    }

    /** An inline may become several (or none): an agreed insertion becomes its text. */
    public Rewriter inlines(Function<Inline, List<Inline>> hook) {
        this.inlines = hook;
        return this;
    }

    public Rewriter proposals(UnaryOperator<Proposal> hook) {
        this.proposals = hook;
        return this;
    }

    public Rewriter sections(UnaryOperator<Section> hook) {
        this.sections = hook;
        return this;
    }

    public NegotiationDocument apply(NegotiationDocument d) {
        List<Section> out = d.sections().stream().map(this::section).toList();
        return new NegotiationDocument(d.id(), d.header(), blockList(d.preamble()), out);
    }

    private Section section(Section s) {
        return sections.apply(new Section(s.id(), s.label(), inlineList(s.heading()), blockList(s.blocks())));
    }

    private List<Block> blockList(List<Block> in) {
        List<Block> out = new ArrayList<>(in.size());
        for (Block b : in) out.add(block(b));
        return List.copyOf(lists.apply(out));
    }

    private Block block(Block b) {
        Block rebuilt = switch (b) {
            case Paragraph p -> new Paragraph(p.id(), p.numbered(), inlineList(p.content()), blockList(p.items()),
                    p.status(), p.bracketed());
            case Item i -> new Item(i.id(), i.marker(), inlineList(i.content()), blockList(i.items()), i.bracketed());
            case Footnote f -> new Footnote(f.id(), inlineList(f.content()));
            case Statement s -> new Statement(s.id(), s.kind(), s.actors(), inlineList(s.text()));
            case ProposalBlock pb -> new ProposalBlock(pb.id(), proposal(pb.proposal()));
        };
        return blocks.apply(rebuilt);
    }

    /** Neighbouring text is joined only where something changed, so untouched wording keeps its exact form. */
    private List<Inline> inlineList(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        boolean changed = false;
        for (Inline inline : in) {
            Inline rebuilt = inline instanceof Proposal p ? proposal(p) : inline;
            List<Inline> result = inlines.apply(rebuilt);
            changed |= result.size() != 1 || !result.getFirst().equals(inline);
            out.addAll(result);
        }
        return changed ? mergeText(out) : in;
    }

    /** Neighbouring plain text left behind by a removed proposal joins up again. */
    static List<Inline> mergeText(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline inline : in) {
            if (inline instanceof Text t && !out.isEmpty() && out.getLast() instanceof Text prev) {
                out.set(out.size() - 1, new Text(prev.text() + t.text()));
            } else if (!(inline instanceof Text t && t.text().isEmpty())) {
                out.add(inline);
            }
        }
        return out;
    }

    private Proposal proposal(Proposal p) {
        List<Proposal> nested = p.proposals().stream().map(this::proposal).toList();
        return proposals.apply(new Proposal(p.id(), p.kind(), p.actors(), inlineList(p.target()), inlineList(p.text()),
                p.targetIds(), p.destination(), blockList(p.blocks()), p.status(), nested, p.positions(), p.label()));
    }
}
