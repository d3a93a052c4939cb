package org.draftroom.notation.internal.writing;

import org.draftroom.notation.internal.reading.NotationNames;
import org.draftroom.notation.internal.reading.HeaderReader;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

/** The marked-up compilation: every bracket and attribution in the house notation of the document's language. */
public final class MarkedWriter {
    private final NotationNames names;

    public MarkedWriter(NotationNames names) {
        this.names = names;
    }

    public String write(NegotiationDocument doc) {
        Numbering numbering = Numbering.of(doc);
        String language = doc.header().language();
        InlineWriter inline = new InlineWriter(names, language, id -> "\n" + numbering.footnote(id) + "\n",
                numbering::paragraph, dest -> numbering.destination(dest, language));
        Context c = new Context(inline, numbering, new StringBuilder(), anchored(doc));
        header(doc.header(), inline.language().equals("zh"), c.out);
        blocks(doc.preamble(), c);
        for (int i = 0; i < doc.sections().size(); i++) {
            Section s = doc.sections().get(i);
            c.out.append(Numbering.sectionLabel(i)).append(". ").append(inline.inlines(s.heading())).append("\n\n");
            blocks(s.blocks(), c);
        }
        return c.out.toString();
    }

    /** Positions written on lines of their own, by the id of the block they follow. */
    private static Map<String, List<Position>> anchored(NegotiationDocument doc) {
        Map<String, List<Position>> out = new java.util.HashMap<>();
        for (Proposal p : Walk.proposals(doc)) {
            for (Position pos : p.positions()) {
                if (pos.notation() != null && pos.notation().detached()) {
                    out.computeIfAbsent(pos.notation().after(), k -> new java.util.ArrayList<>()).add(pos);
                }
            }
        }
        out.values().forEach(l -> l.sort(java.util.Comparator.comparing(MarkedWriter::order)));
        return out;
    }

    /** Import order: ids are numbered as the source was read ("po12"); others keep walk order. */
    private static Integer order(Position p) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < p.id().length(); i++) if (Character.isDigit(p.id().charAt(i))) digits.append(p.id().charAt(i));
        return digits.isEmpty() || digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits.toString());
    }

    private record Context(InlineWriter inline, Numbering numbering, StringBuilder out,
                           Map<String, List<Position>> anchored) {
        boolean zh() {
            return inline.language().equals("zh");
        }
    }

    static void header(DocumentHeader h, boolean zh, StringBuilder out) {
        line(h.symbol(), out);
        if (h.originalLanguage() != null && !h.originalLanguage().equals(h.language()) || h.symbol() != null) {
            line((zh ? "原文：" : "ORIGINAL: ") + HeaderReader.languageName(h.originalLanguage(), zh), out);
        }
        if (h.date() != null) line(HeaderReader.formatDate(h.date(), zh), out);
        line(h.committee(), out);
        line(h.session(), out);
        line(h.sessionDetail(), out);
        line(h.title(), out);
        line(h.preparedBy(), out);
    }

    private static void line(String s, StringBuilder out) {
        if (s != null && !s.isBlank()) out.append(s).append("\n\n");
    }

    private void blocks(List<Block> blocks, Context c) {
        Map<Item.Marker, Integer> counters = new EnumMap<>(Item.Marker.class);
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> {
                    if (p.numbered()) c.out.append(c.numbering.paragraph(p.id())).append(". ");
                    c.out.append(bracketed(c.inline.inlines(p.content()), p.bracketed()));
                    if (p.status() == Status.AGREED) c.out.append(c.zh() ? "PBC同意" : " [Agreed ad ref]");
                    c.out.append("\n\n");
                    detached(p.id(), c);
                    blocks(p.items(), c);
                }
                case Item i -> {
                    int index = counters.merge(i.marker(), 1, Integer::sum) - 1;
                    c.out.append(marker(i.marker(), index)).append(bracketed(c.inline.inlines(i.content()), i.bracketed()))
                            .append("\n\n");
                    detached(i.id(), c);
                    blocks(i.items(), c);
                }
                case Footnote f -> {
                    c.out.append("\n").append(c.numbering.footnote(f.id())).append("\n  ")
                            .append(c.inline.inlines(f.content())).append("\n\n");
                    detached(f.id(), c);
                }
                case Statement s -> {
                    c.out.append(statement(s, c)).append("\n\n");
                    detached(s.id(), c);
                }
                case ProposalBlock pb -> {
                    c.out.append(c.inline.proposal(pb.proposal(), p -> blocksOf(p, c))).append("\n\n");
                    detached(pb.id(), c);
                }
            }
        }
    }

    private String blocksOf(Proposal p, Context c) {
        Context inner = new Context(c.inline, c.numbering, new StringBuilder("\n\n"), c.anchored);
        blocks(p.blocks(), inner);
        return inner.out.toString();
    }

    /** Positions written on lines of their own after the block they follow. */
    private void detached(String blockId, Context c) {
        for (Position pos : c.anchored.getOrDefault(blockId, List.of())) {
            c.out.append(c.inline.position(pos, "")).append("\n\n");
        }
    }

    private String statement(Statement s, Context c) {
        Notation n = s.notation();
        boolean fits = n != null && n.kind().equals("statement") && s.actors().attributed()
                && n.spellings().size() == s.actors().by().size() + (s.actors().onBehalfOf() == null ? 0 : 1);
        String text = c.inline.inlines(s.text());
        if (s.kind() == Statement.StatementKind.MARGIN_COMMENT) return (c.zh() ? "批注 " : "Comment ") + text;
        if (!s.actors().attributed()) return text;
        if (!fits) return c.inline.actors(s.actors(), List.of(), DefaultLayouts.join(c.inline.language()))
                + (c.zh() ? "：" : ": ") + text;
        StringBuilder out = new StringBuilder();
        for (String t : n.layout()) {
            out.append(switch (t) {
                case Notation.BY -> c.inline.actors(s.actors(), n.spellings(), n.join());
                case Notation.TEXT -> text;
                default -> t;
            });
        }
        return out.toString();
    }

    static String marker(Item.Marker marker, int index) {
        return switch (marker) {
            case BULLET -> "• ";
            case DASH -> "− ";
            case LETTER, NUMBER, ROMAN -> "(" + Numbering.itemLabel(marker, index) + ")";
        };
    }

    private static String bracketed(String text, boolean bracketed) {
        return bracketed ? "[" + text + "]" : text;
    }
}
