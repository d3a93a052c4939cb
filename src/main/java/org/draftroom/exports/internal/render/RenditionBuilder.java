package org.draftroom.exports.internal.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;

/** Turns a negotiation document into the intermediate representation in one of the {@link Mode}s. */
public final class RenditionBuilder {
    private final Names names;
    private final Mode mode;
    private final Labels labels;
    private final Numbering numbering;
    private final ProposalRuns proposals;
    private final Set<String> replacedByAgreed = new HashSet<>();

    private RenditionBuilder(NegotiationDocument document, Names names, Mode mode) {
        this.names = names;
        this.mode = mode;
        this.labels = Labels.of(document.header().language());
        this.numbering = Numbering.of(document);
        this.proposals = new ProposalRuns(mode, labels, names, this::inlines);
        for (Proposal p : Walk.proposals(document)) {
            if (p.status() == Status.AGREED && !p.blocks().isEmpty()) replacedByAgreed.addAll(p.targetIds());
        }
    }

    /** A whole document as one rendition, closed by "[文件完]" or the annex's end line. */
    public static Rendition rendition(NegotiationDocument document, Names names, Mode mode) {
        Labels labels = Labels.of(document.header().language());
        String closing = labels.end(document.header().annexLabel());
        return new Rendition(labels.language(), document.header().title(),
                List.of(part(document, names, mode, closing)));
    }

    public static Rendition.Part part(NegotiationDocument document, Names names, Mode mode, String closing) {
        RenditionBuilder builder = new RenditionBuilder(document, names, mode);
        List<Node> body = new ArrayList<>();
        builder.blocks(document.preamble(), 0, body);
        int index = 0;
        for (Section section : document.sections()) {
            String label = section.label() == null || section.label().isBlank()
                    ? Numbering.sectionLabel(index) : section.label().replaceAll("[.．、]\\s*$", "");
            body.add(new Node.Heading(section.id(), label + ".", builder.inlines(section.heading())));
            builder.blocks(section.blocks(), 0, body);
            index++;
        }
        return new Rendition.Part(document.id(), header(document.header(), builder.labels), body, closing);
    }

    public static Rendition.HeaderBlock header(DocumentHeader h, Labels labels) {
        return new Rendition.HeaderBlock(h.symbol(), labels.originalLanguage(h.originalLanguage()),
                labels.date(h.date()), h.committee(), h.session(), h.sessionDetail(), h.title(),
                h.preparedBy() != null ? h.preparedBy() : labels.preparedBy(), h.annexLabel(), h.date());
    }

    private void blocks(List<Block> blocks, int level, List<Node> out) {
        Map<Item.Marker, Integer> counters = new EnumMap<>(Item.Marker.class);
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> paragraph(p, level, out);
                case Item i -> {
                    int index = counters.merge(i.marker(), 1, Integer::sum) - 1;
                    item(i, index, level, out);
                }
                case Footnote f -> out.add(new Node.Para(f.id(), Node.Kind.FOOTNOTE,
                        Integer.toString(numbering.footnote(f.id())), level, inlines(f.content())));
                case Statement s -> statement(s, level, out);
                case ProposalBlock pb -> blockProposal(pb, level, out);
            }
        }
    }

    private void paragraph(Paragraph p, int level, List<Node> out) {
        if (mode == Mode.CLEAN_AGREED && (replacedByAgreed.contains(p.id())
                || (p.bracketed() && p.status() != Status.AGREED))) return;
        String label = p.numbered() ? numbering.paragraph(p.id()) + "." : "";
        List<Run> runs = bracketIf(p.bracketed() && p.status() != Status.AGREED, inlines(p.content()));
        if (mode.marked() && p.status() == Status.AGREED) runs.add(Run.attribution(" " + labels.agreed()));
        out.add(new Node.Para(p.id(), Node.Kind.PARAGRAPH, label, level, runs));
        blocks(p.items(), level + 1, out);
    }

    private void item(Item i, int index, int level, List<Node> out) {
        if (mode == Mode.CLEAN_AGREED && i.bracketed()) return;
        String label = switch (i.marker()) {
            case BULLET, DASH -> Numbering.itemLabel(i.marker(), index);
            default -> "(" + Numbering.itemLabel(i.marker(), index) + ")";
        };
        out.add(new Node.Para(i.id(), Node.Kind.ITEM, label, level, bracketIf(i.bracketed(), inlines(i.content()))));
        blocks(i.items(), level + 1, out);
    }

    private void statement(Statement s, int level, List<Node> out) {
        if (!mode.marked()) return;
        List<Run> runs = new ArrayList<>();
        if (s.actors().attributed()) runs.add(Run.attribution(names.actors(s.actors(), labels) + labels.colon()));
        runs.addAll(inlines(s.text()));
        out.add(new Node.Para(s.id(), Node.Kind.STATEMENT, "", level, runs));
    }

    private void blockProposal(ProposalBlock pb, int level, List<Node> out) {
        Proposal p = pb.proposal();
        boolean open = p.status() == Status.OPEN;
        if (!p.blocks().isEmpty()) {
            if (mode == Mode.CLEAN_AGREED) {
                if (p.status() == Status.AGREED) blocks(p.blocks(), level, out);
                return;
            }
            if (mode == Mode.CLEAN_OPEN && !open) return;
            List<Node> body = new ArrayList<>();
            blocks(p.blocks(), level, body);
            List<Integer> replaced = p.targetIds().stream().map(numbering::paragraph).filter(n -> n > 0).toList();
            String caption = p.kind() == ProposalKind.CHAIR_ALTERNATIVE ? labels.chairAlternative(replaced)
                    : (mode.marked() ? names.actors(p.actors(), labels) + labels.colon() : "")
                    + labels.verb(p.kind()) + (replaced.isEmpty() ? "" : " (" + labels.paragraphs(replaced) + ")");
            List<Run> trailer = mode.marked() ? proposals.trailer(p) : List.of();
            out.add(new Node.Alternative(pb.id(), p.targetIds(), caption, names.author(p.actors(), labels), body,
                    trailer));
            return;
        }
        if (p.kind() == ProposalKind.ADD_ITEM || p.kind() == ProposalKind.INSERT) {
            List<Run> runs = proposals.runs(p);
            if (!runs.isEmpty()) out.add(new Node.Para(pb.id(), Node.Kind.ITEM, "•", level, runs));
            return;
        }
        if (!mode.marked()) return;
        out.add(new Node.Para(pb.id(), Node.Kind.NOTE, "", level, proposals.note(p)));
    }

    private List<Run> bracketIf(boolean bracketed, List<Run> runs) {
        List<Run> out = new ArrayList<>();
        boolean brackets = bracketed && mode != Mode.CLEAN_AGREED;
        if (brackets) out.add(Run.plain("["));
        out.addAll(runs);
        if (brackets) out.add(Run.plain("]"));
        return out;
    }

    List<Run> inlines(List<Inline> inlines) {
        List<Run> out = new ArrayList<>();
        for (Inline inline : inlines) {
            switch (inline) {
                case Text t -> out.add(Run.plain(t.text()));
                case Placeholder ph -> out.add(new Run.Styled("{" + ph.name() + "}", Run.Style.PLACEHOLDER));
                case FootnoteRef ref -> out.add(new Run.Styled(Integer.toString(numbering.footnote(ref.footnoteId())),
                        Run.Style.SUPERSCRIPT));
                case Proposal p -> out.addAll(proposals.runs(p));
            }
        }
        return out;
    }
}
