package org.draftroom.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;

/**
 * Turns a document into index entries: one per paragraph, item, footnote and statement, one per proposal (at any
 * depth, including chair's alternative texts) and one per position. Every entry knows the paragraph to jump to.
 */
final class EntryExtractor {
    private final Numbering numbering;
    private final Map<String, String> labels = new HashMap<>();
    private final List<IndexEntry> out = new ArrayList<>();
    private String section = "";
    private String lastLabel = "";

    private EntryExtractor(NegotiationDocument document) {
        this.numbering = Numbering.of(document);
    }

    static List<IndexEntry> entries(NegotiationDocument document) {
        EntryExtractor extractor = new EntryExtractor(document);
        extractor.blocks(document.preamble(), null, "");
        for (Section s : document.sections()) {
            String heading = baseText(s.heading()).strip();
            extractor.section = (s.label() == null ? "" : s.label().strip() + " ") + shorten(heading, 60);
            extractor.section = extractor.section.strip();
            extractor.lastLabel = s.label() == null ? "" : s.label().strip();
            extractor.inlineProposals(s.heading(), s.id(), extractor.lastLabel);
            extractor.blocks(s.blocks(), null, "");
        }
        return extractor.out;
    }

    private void blocks(List<Block> blocks, Paragraph parent, String parentLabel) {
        Map<Item.Marker, Integer> itemIndex = new HashMap<>();
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> {
                    int number = numbering.paragraph(p.id());
                    String label = number > 0 ? "§" + number : lastLabel;
                    labels.put(p.id(), label);
                    lastLabel = label;
                    add(p.id(), p.id(), label, "paragraph", wire(p.status()), Actors.NOBODY,
                            Walk.plainText(p.content()), null);
                    inlineProposals(p.content(), p.id(), label);
                    blocks(p.items(), p, label);
                    lastLabel = label;
                }
                case Item i -> {
                    int index = itemIndex.merge(i.marker(), 1, Integer::sum) - 1;
                    String marker = Numbering.itemLabel(i.marker(), index);
                    boolean counted = i.marker() != Item.Marker.BULLET && i.marker() != Item.Marker.DASH;
                    String label = (parentLabel.isEmpty() ? lastLabel : parentLabel)
                            + (counted ? " (" + marker + ")" : " " + marker);
                    labels.put(i.id(), label.strip());
                    String status = parent == null ? (i.bracketed() ? "open" : "") : wire(parent.status());
                    add(i.id(), i.id(), label.strip(), "paragraph", status, Actors.NOBODY,
                            Walk.plainText(i.content()), null);
                    inlineProposals(i.content(), i.id(), label.strip());
                    blocks(i.items(), parent, label.strip());
                }
                case Footnote f -> {
                    String label = "fn " + numbering.footnote(f.id());
                    add(f.id(), f.id(), label, "footnote", "", Actors.NOBODY, Walk.plainText(f.content()), null);
                    inlineProposals(f.content(), f.id(), label);
                }
                case Statement s -> {
                    add(s.id(), s.id(), lastLabel, "statement", "", s.actors(), Walk.plainText(s.text()), null);
                    inlineProposals(s.text(), s.id(), lastLabel);
                }
                case ProposalBlock pb -> {
                    Proposal p = pb.proposal();
                    String label = p.targetIds().stream().map(labels::get).filter(l -> l != null).findFirst()
                            .orElse(lastLabel);
                    proposal(p, pb.id(), label);
                    String before = lastLabel;
                    blocks(p.blocks(), null, "");
                    lastLabel = before;
                }
            }
        }
    }

    private void inlineProposals(List<Inline> inlines, String blockId, String label) {
        for (Inline inline : inlines) {
            if (inline instanceof Proposal p) proposal(p, blockId, label);
        }
    }

    /** The proposal, its positions, proposals nested in its wording and amendments to it (not its blocks). */
    private void proposal(Proposal p, String blockId, String label) {
        StringBuilder text = new StringBuilder();
        appendPart(text, Walk.plainText(p.target()));
        appendPart(text, Walk.plainText(p.text()));
        for (Block b : p.blocks()) appendPart(text, blockText(b));
        if (p.label() != null) appendPart(text, p.label());
        add(p.id(), blockId, label, p.kind().wire(), wire(p.status()), p.actors(), text.toString(), null);
        String about = shorten(text.toString(), 200);
        for (Position position : p.positions()) {
            add(position.id(), blockId, label, position.stance().wire(), wire(p.status()), position.actors(),
                    position.text() == null ? "" : position.text(), about);
        }
        inlineProposals(p.target(), blockId, label);
        inlineProposals(p.text(), blockId, label);
        p.proposals().forEach(nested -> proposal(nested, blockId, label));
    }

    /** Only the text outside proposals: a heading's facet label should not carry proposed words. */
    private static String baseText(List<Inline> inlines) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : inlines) {
            if (inline instanceof org.draftroom.negotiation.Text t) out.append(t.text());
        }
        return out.toString();
    }

    private static String blockText(Block block) {
        return switch (block) {
            case Paragraph p -> Walk.plainText(p.content()) + " " + String.join(" ",
                    p.items().stream().map(EntryExtractor::blockText).toList());
            case Item i -> Walk.plainText(i.content()) + " " + String.join(" ",
                    i.items().stream().map(EntryExtractor::blockText).toList());
            case Footnote f -> Walk.plainText(f.content());
            case Statement s -> Walk.plainText(s.text());
            case ProposalBlock pb -> Walk.plainText(pb.proposal().text());
        };
    }

    private void add(String entryId, String blockId, String label, String kind, String status, Actors actors,
                     String text, String context) {
        out.add(new IndexEntry(entryId, blockId, label, section, kind, status, delegations(actors), text.strip(),
                context, out.size()));
    }

    private static List<String> delegations(Actors actors) {
        if (actors == null) return List.of();
        Set<String> ids = new LinkedHashSet<>(actors.by());
        if (actors.onBehalfOf() != null && !actors.onBehalfOf().isBlank()) ids.add(actors.onBehalfOf());
        return List.copyOf(ids);
    }

    private static String wire(org.draftroom.negotiation.Status status) {
        return status == null ? "" : status.wire();
    }

    private static void appendPart(StringBuilder text, String part) {
        if (part == null || part.isBlank()) return;
        if (!text.isEmpty()) text.append(' ');
        text.append(part.strip());
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
