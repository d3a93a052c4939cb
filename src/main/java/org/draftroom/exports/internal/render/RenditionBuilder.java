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
import org.draftroom.negotiation.Readings;
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
        this.proposals = new ProposalRuns(mode, labels, names, this::inlines, numbering);
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
        if (!mode.marked() && replacedByAgreed.contains(p.id())) return; // the agreed text stands in its place
        String label = p.numbered() ? numbering.paragraph(p.id()) + "." : "";
        List<Run> content = inlines(p.content());
        boolean pendingLeftOut = mode == Mode.CLEAN_AGREED && p.bracketed() && p.status() != Status.AGREED;
        if (pendingLeftOut || !mode.marked() && !p.numbered() && wordless(content)) { // its items have their own brackets
            blocks(p.items(), level + 1, out);
            return;
        }
        List<Run> runs = bracketIf(p.bracketed() && p.status() != Status.AGREED, content);
        if (mode.marked() && p.status() == Status.AGREED) runs.add(Run.attribution(" " + labels.agreed()));
        out.add(new Node.Para(p.id(), Node.Kind.PARAGRAPH, label, level, runs));
        blocks(p.items(), level + 1, out);
    }

    private void item(Item i, int index, int level, List<Node> out) {
        if (mode == Mode.CLEAN_AGREED && i.bracketed()) return;
        String label = switch (i.marker()) {
            case BULLET, DASH -> Numbering.itemLabel(i.marker(), index);
            case LETTER, NUMBER, ROMAN -> "(" + Numbering.itemLabel(i.marker(), index) + ")";
        };
        List<Run> runs = inlines(i.content());
        // a clean text leaves out an item nothing is left of, as notation's clean texts do
        if (mode.marked() || !wordless(runs)) out.add(new Node.Para(i.id(), Node.Kind.ITEM, label, level, bracketIf(i.bracketed(), runs)));
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
        if (!mode.marked()) {
            cleanBlockProposal(pb, level, out);
            return;
        }
        if (!p.blocks().isEmpty()) {
            List<Node> body = new ArrayList<>();
            blocks(p.blocks(), level, body);
            List<Integer> replaced = p.targetIds().stream().map(numbering::paragraph).filter(n -> n > 0).toList();
            String caption = p.kind() == ProposalKind.CHAIR_ALTERNATIVE ? labels.chairAlternative(replaced)
                    : names.actors(p.actors(), labels) + labels.colon()
                    + labels.verb(p.kind()) + (replaced.isEmpty() ? "" : " (" + labels.paragraphs(replaced) + ")");
            out.add(new Node.Alternative(pb.id(), p.targetIds(), caption, names.author(p.actors(), labels), body,
                    proposals.trailer(p)));
            return;
        }
        if (p.kind() == ProposalKind.ADD_ITEM || p.kind() == ProposalKind.INSERT) {
            List<Run> runs = proposals.runs(p);
            if (!runs.isEmpty()) out.add(new Node.Para(pb.id(), Node.Kind.ITEM, "•", level, runs));
            return;
        }
        out.add(new Node.Para(pb.id(), Node.Kind.NOTE, "", level, proposals.note(p)));
    }

    /**
     * Clean texts show a block proposal's wording as notation's clean texts do (Readings): applied once agreed,
     * in plain brackets while open (clean open only), nothing for procedure, no caption (it would name the chair).
     */
    private void cleanBlockProposal(ProposalBlock pb, int level, List<Node> out) {
        Proposal p = pb.proposal();
        if (!Readings.carriesWording(p.kind()) || p.status() == Status.WITHDRAWN || p.status() == Status.SUPERSEDED) return;
        boolean agreed = p.status() == Status.AGREED;
        if (mode == Mode.CLEAN_AGREED && !agreed) return;
        if (!p.text().isEmpty()) {
            boolean item = p.kind() == ProposalKind.ADD_ITEM || p.kind() == ProposalKind.INSERT;
            out.add(new Node.Para(pb.id(), item ? Node.Kind.ITEM : Node.Kind.PARAGRAPH, item ? "•" : "", level,
                    bracketIf(!agreed, inlines(p.text()))));
        }
        if (p.blocks().isEmpty()) return;
        List<Node> body = new ArrayList<>();
        blocks(p.blocks(), level, body);
        if (!agreed && !body.isEmpty()) {
            body.set(0, around(body.getFirst(), "[", ""));
            body.set(body.size() - 1, around(body.getLast(), "", "]"));
        }
        out.addAll(body);
    }

    private static Node around(Node node, String before, String after) {
        if (!(node instanceof Node.Para para)) return node;
        List<Run> runs = new ArrayList<>();
        boolean beforeLabel = !before.isEmpty() && !para.label().isEmpty(); // "[6. …", as the house notation writes it
        if (!before.isEmpty() && !beforeLabel) runs.add(Run.plain(before));
        runs.addAll(para.runs());
        if (!after.isEmpty()) runs.add(Run.plain(after));
        return new Node.Para(para.id(), para.kind(), beforeLabel ? before + para.label() : para.label(), para.level(), runs);
    }

    private static boolean wordless(List<Run> runs) {
        return Run.text(runs).codePoints().noneMatch(Character::isLetterOrDigit);
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
