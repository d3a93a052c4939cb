package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Walk;

/**
 * What a text replacing paragraphs (a chair's text, a rewrite) keeps of them: everything it does not explicitly
 * change. The replaced paragraphs' quotations, footnotes, items and statements (their {@code items}) and their
 * footnote references go with the replacement paragraph standing for them (the n-th for the n-th, the last for
 * the rest), unless the replacement already holds them. What goes is only the replaced paragraphs' own wording,
 * which {@link #replacedWording} names for the action's record.
 */
public final class Carryover {
    private Carryover() {
    }

    public static List<Block> keep(NegotiationDocument doc, List<String> replacedIds, List<Block> replacement) {
        List<Block> out = new ArrayList<>(replacement);
        List<Integer> paragraphs = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) if (out.get(i) instanceof Paragraph) paragraphs.add(i);
        Set<String> present = new HashSet<>();
        Set<String> cited = new HashSet<>();
        for (Block b : out) {
            NegotiationDocument only = new NegotiationDocument(doc.id(), doc.header(), List.of(b), List.of());
            Walk.blocks(only).forEach(x -> present.add(x.id()));
            Walk.blocks(only).forEach(x -> cited.addAll(footnotesCited(x)));
        }
        List<Block> orphans = new ArrayList<>();
        for (int n = 0; n < replacedIds.size(); n++) {
            if (!(DocumentEdits.requireBlock(doc, replacedIds.get(n)) instanceof Paragraph old)) continue;
            List<Block> items = old.items().stream().filter(b -> !present.contains(b.id())).toList();
            List<Inline> refs = old.content().stream()
                    .filter(i -> i instanceof FootnoteRef ref && !cited.contains(ref.footnoteId())).toList();
            if (items.isEmpty() && refs.isEmpty()) continue;
            if (paragraphs.isEmpty()) {
                orphans.addAll(items);
                continue;
            }
            int at = paragraphs.get(Math.min(n, paragraphs.size() - 1));
            Paragraph p = (Paragraph) out.get(at);
            List<Inline> content = new ArrayList<>(p.content());
            content.addAll(refs);
            List<Block> kept = new ArrayList<>(p.items());
            kept.addAll(items);
            out.set(at, new Paragraph(p.id(), p.numbered(), content, kept, p.status(), p.bracketed()));
            refs.forEach(r -> cited.add(((FootnoteRef) r).footnoteId()));
            items.forEach(b -> present.add(b.id()));
        }
        out.addAll(orphans);
        return out;
    }

    /** The replaced paragraphs' own wording (proposals in it included), for the record of the action. */
    public static String replacedWording(NegotiationDocument doc, List<String> replacedIds) {
        List<String> out = new ArrayList<>();
        for (String id : replacedIds) {
            Block old = DocumentEdits.requireBlock(doc, id);
            out.add(old instanceof Paragraph p ? wording(p.content()) : wording(old)); // a paragraph's items are kept
        }
        return String.join(" / ", out.stream().filter(s -> !s.isBlank()).toList());
    }

    /** Every word of inline content: proposals' targets, texts and nested alternatives included. */
    static String wording(List<Inline> content) {
        StringBuilder out = new StringBuilder();
        for (Inline i : content) {
            switch (i) {
                case org.draftroom.negotiation.Text t -> out.append(t.text());
                case Proposal p -> {
                    out.append(' ').append(wording(p.target())).append(' ').append(wording(p.text()));
                    p.proposals().forEach(q -> out.append(' ').append(wording(List.of(q))));
                    p.blocks().forEach(b -> out.append(' ').append(wording(b)));
                }
                case org.draftroom.negotiation.Placeholder ph -> out.append('{').append(ph.name()).append('}');
                case FootnoteRef ignored -> { }
            }
        }
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    /** Every word of a block and what it holds. */
    static String wording(Block b) {
        List<String> out = new ArrayList<>();
        switch (b) {
            case Paragraph p -> {
                out.add(wording(p.content()));
                p.items().forEach(x -> out.add(wording(x)));
            }
            case Item i -> {
                out.add(wording(i.content()));
                i.items().forEach(x -> out.add(wording(x)));
            }
            case org.draftroom.negotiation.Footnote f -> out.add(wording(f.content()));
            case org.draftroom.negotiation.Statement s -> out.add(wording(s.text()));
            case org.draftroom.negotiation.ProposalBlock pb -> out.add(wording(List.of(pb.proposal())));
        }
        return String.join(" ", out.stream().filter(s -> !s.isBlank()).toList());
    }

    private static Set<String> footnotesCited(Block b) {
        List<Inline> content = switch (b) {
            case Paragraph p -> p.content();
            case Item i -> i.content();
            case org.draftroom.negotiation.Footnote f -> f.content();
            case org.draftroom.negotiation.Statement s -> s.text();
            case org.draftroom.negotiation.ProposalBlock pb -> pb.proposal().text();
        };
        Set<String> out = new HashSet<>();
        for (Inline i : content) {
            if (i instanceof FootnoteRef ref) out.add(ref.footnoteId());
            if (i instanceof Proposal p) {
                for (Inline x : p.text()) if (x instanceof FootnoteRef ref) out.add(ref.footnoteId());
                for (Inline x : p.target()) if (x instanceof FootnoteRef ref) out.add(ref.footnoteId());
            }
        }
        return out;
    }
}
