package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
import org.draftroom.negotiation.Walk;

/** Finding and replacing parts of a document by id. Unknown ids are a clear error, never a silent no-op. */
public final class DocumentEdits {
    private DocumentEdits() {
    }

    public static Optional<Block> block(NegotiationDocument doc, String id) {
        return Walk.blocks(doc).stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public static Block requireBlock(NegotiationDocument doc, String id) {
        return block(doc, id).orElseThrow(() -> new NotFound("no paragraph or item with id " + id + " in the document"));
    }

    public static Optional<Proposal> findProposal(NegotiationDocument doc, String id) {
        return Walk.proposals(doc).stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static Proposal requireProposal(NegotiationDocument doc, String id) {
        return Walk.proposals(doc).stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("no proposal with id " + id + " in the document"));
    }

    /** The editable wording of a paragraph, an item, or a section heading (by section id). */
    public static List<Inline> content(NegotiationDocument doc, String id) {
        for (Section s : doc.sections()) if (s.id().equals(id)) return s.heading();
        return switch (requireBlock(doc, id)) {
            case Paragraph p -> p.content();
            case Item i -> i.content();
            case Footnote _ -> throw notEditable(id);
            case Statement _ -> throw notEditable(id);
            case ProposalBlock _ -> throw notEditable(id);
        };
    }

    public static NegotiationDocument withContent(NegotiationDocument doc, String id, List<Inline> content) {
        content(doc, id); // fails clearly on unknown ids
        return Rewriter.create()
                .sections(s -> s.id().equals(id) ? new Section(s.id(), s.label(), content, s.blocks()) : s)
                .blocks(b -> switch (b) {
                    case Paragraph p when p.id().equals(id) ->
                            new Paragraph(p.id(), p.numbered(), content, p.items(), p.status(), p.bracketed());
                    case Item i when i.id().equals(id) -> new Item(i.id(), i.marker(), content, i.items(), i.bracketed());
                    case Paragraph p -> p;
                    case Item i -> i;
                    case Footnote f -> f;
                    case Statement s -> s;
                    case ProposalBlock pb -> pb;
                }).apply(doc);
    }

    /** Inserts after the block and after the proposals already attached to it, so they read in order. */
    public static NegotiationDocument insertAfter(NegotiationDocument doc, String afterId, Block added) {
        requireBlock(doc, afterId);
        return Rewriter.create().lists(list -> {
            int at = indexOf(list, afterId);
            if (at < 0) return list;
            int end = at + 1;
            while (end < list.size() && list.get(end) instanceof ProposalBlock pb
                    && pb.proposal().targetIds().contains(afterId)) end++;
            List<Block> out = new ArrayList<>(list);
            out.add(end, added);
            return out;
        }).apply(doc);
    }

    /** Replaces the block by others (none = remove) wherever it sits. */
    public static NegotiationDocument replaceBlock(NegotiationDocument doc, String id, List<Block> replacement) {
        return Rewriter.create().lists(list -> {
            int at = indexOf(list, id);
            if (at < 0) return list;
            List<Block> out = new ArrayList<>(list);
            out.remove(at);
            out.addAll(at, replacement);
            return out;
        }).apply(doc);
    }

    public static NegotiationDocument removeBlocks(NegotiationDocument doc, Set<String> ids) {
        return Rewriter.create().lists(list -> list.stream().filter(b -> !ids.contains(b.id())).toList()).apply(doc);
    }

    /** Moves a top-level block to the end of another section. */
    public static NegotiationDocument move(NegotiationDocument doc, String blockId, String sectionId) {
        Block moved = requireBlock(doc, blockId);
        Section destination = section(doc, sectionId);
        NegotiationDocument without = removeBlocks(doc, Set.of(blockId));
        List<Section> sections = without.sections().stream().map(s -> {
            if (!s.id().equals(destination.id())) return s;
            List<Block> blocks = new ArrayList<>(s.blocks());
            blocks.add(moved);
            return new Section(s.id(), s.label(), s.heading(), blocks);
        }).toList();
        return new NegotiationDocument(doc.id(), doc.header(), without.preamble(), sections);
    }

    /** A section by id or by its displayed label ("D", "D.", "D节"). */
    public static Section section(NegotiationDocument doc, String idOrLabel) {
        String wanted = idOrLabel.strip().replaceAll("[.．节]$", "");
        return doc.sections().stream()
                .filter(s -> s.id().equals(idOrLabel) || s.label().strip().replaceAll("[.．节]$", "").equalsIgnoreCase(wanted))
                .findFirst().orElseThrow(() -> new NotFound("no section " + idOrLabel + " in the document"));
    }

    /** The id of the section holding the block at any depth, or {@code ""} for the preamble. */
    public static String sectionOf(NegotiationDocument doc, String blockId) {
        if (contains(doc.preamble(), b -> b.id().equals(blockId))) return "";
        return doc.sections().stream().filter(s -> s.id().equals(blockId) || contains(s.blocks(), b -> b.id().equals(blockId)))
                .map(Section::id).findFirst()
                .orElseThrow(() -> new NotFound("no paragraph or item with id " + blockId + " in the document"));
    }

    /** The block list directly holding the block, e.g. to check that paragraphs are neighbours. */
    public static List<Block> siblings(NegotiationDocument doc, String blockId) {
        List<List<Block>> found = new ArrayList<>();
        Rewriter.create().lists(list -> {
            if (indexOf(list, blockId) >= 0) found.add(list);
            return list;
        }).apply(doc);
        if (found.isEmpty()) throw new NotFound("no paragraph or item with id " + blockId + " in the document");
        return found.getFirst();
    }

    /**
     * The innermost paragraph, item or block proposal holding a proposal (a section id for a heading), so that
     * the history of a paragraph lists what was said about its proposals too.
     */
    public static String holding(NegotiationDocument doc, String proposalId) {
        for (Section s : doc.sections()) {
            if (inlineHolds(s.heading(), proposalId)) return s.id();
        }
        for (Block b : Walk.blocks(doc)) {
            boolean holds = switch (b) {
                case Paragraph p -> inlineHolds(p.content(), proposalId);
                case Item i -> inlineHolds(i.content(), proposalId);
                case ProposalBlock pb -> proposalHolds(pb.proposal(), proposalId);
                case Footnote _ -> false;
                case Statement _ -> false;
            };
            if (holds) return b.id();
        }
        throw new NotFound("no proposal with id " + proposalId + " in the document");
    }

    private static boolean inlineHolds(List<Inline> inlines, String id) {
        return inlines.stream().anyMatch(i -> i instanceof Proposal p && proposalHolds(p, id));
    }

    private static boolean proposalHolds(Proposal p, String id) {
        return p.id().equals(id) || inlineHolds(p.target(), id) || inlineHolds(p.text(), id)
                || p.proposals().stream().anyMatch(n -> proposalHolds(n, id));
    }

    static boolean contains(List<Block> blocks, Predicate<Block> test) {
        for (Block b : blocks) {
            if (test.test(b)) return true;
            List<Block> children = switch (b) {
                case Paragraph p -> p.items();
                case Item i -> i.items();
                case ProposalBlock pb -> pb.proposal().blocks();
                case Footnote _ -> List.<Block>of();
                case Statement _ -> List.<Block>of();
            };
            if (contains(children, test)) return true;
        }
        return false;
    }

    static int indexOf(List<Block> list, String id) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(id)) return i;
        return -1;
    }

    /** An id that does not exist in the document: the caller asked for something that is not there. */
    private static IllegalArgumentException notEditable(String id) {
        return new IllegalArgumentException(id + " is not a paragraph, an item or a heading: its wording cannot be edited");
    }

    public static final class NotFound extends IllegalArgumentException {
        public NotFound(String message) {
            super(message);
        }
    }
}
