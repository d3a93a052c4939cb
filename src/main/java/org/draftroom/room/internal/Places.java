package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;

/**
 * Where each proposal of a document sits, in the words a reader uses ("paragraph 11", "the heading of section A",
 * "after paragraph 7") and as the block a link lands on. One walk over the text with one numbering, so the
 * dashboard of a long text does not look every proposal up again.
 */
public final class Places {
    /**
     * A place in the text.
     *
     * @param blockId      the block (or section, for a heading) a link into the reading view lands on
     * @param sectionId    the section it is in, "" for the opening paragraphs
     * @param paragraph    the number of the paragraph it belongs to, 0 when it belongs to none
     * @param words        "paragraph 11", "the heading of section A", "after paragraph 7", "section C"
     */
    public record Place(String blockId, String sectionId, int paragraph, String words) {
    }

    /** A proposal with its place, in reading order. */
    public record Placed(Proposal proposal, Place place) {
    }

    private final Numbering numbering;
    private final List<Placed> placed = new ArrayList<>();
    private final Map<String, Place> byProposal = new LinkedHashMap<>();

    private Places(NegotiationDocument doc) {
        numbering = Numbering.of(doc);
        walkBlocks(doc.preamble(), "", "the opening paragraphs");
        for (Section s : doc.sections()) {
            String section = "section " + label(s);
            Place heading = new Place(s.id(), s.id(), 0, "the heading of " + section);
            inlines(s.heading(), heading);
            walkBlocks(s.blocks(), s.id(), section);
        }
    }

    public static Places of(NegotiationDocument doc) {
        return new Places(doc);
    }

    /** Every proposal at any depth (as {@code Walk.proposals} finds them) with its place, in reading order. */
    public List<Placed> all() {
        return List.copyOf(placed);
    }

    public Place of(String proposalId) {
        return byProposal.get(proposalId);
    }

    /** The top-level blocks of a section or the opening paragraphs; nested proposals take their block's place. */
    private void walkBlocks(List<Block> blocks, String sectionId, String section) {
        int lastNumber = 0;
        for (Block block : blocks) {
            Place place = switch (block) {
                case Paragraph p when numbering.paragraph(p.id()) > 0 ->
                        new Place(p.id(), sectionId, numbering.paragraph(p.id()), "paragraph " + numbering.paragraph(p.id()));
                case Paragraph p -> new Place(p.id(), sectionId, lastNumber,
                        lastNumber > 0 ? "a passage after paragraph " + lastNumber : "a passage in " + section);
                case Item i -> new Place(i.id(), sectionId, lastNumber, "an item in " + section);
                case Footnote f -> new Place(f.id(), sectionId, 0, "footnote " + numbering.footnote(f.id()));
                case Statement st -> new Place(st.id(), sectionId, lastNumber, "a statement in " + section);
                case ProposalBlock pb -> blockProposal(pb, sectionId, section, lastNumber);
            };
            if (block instanceof Paragraph p && numbering.paragraph(p.id()) > 0) lastNumber = numbering.paragraph(p.id());
            within(block, place);
        }
    }

    private Place blockProposal(ProposalBlock pb, String sectionId, String section, int lastNumber) {
        List<Integer> targets = pb.proposal().targetIds().stream().map(numbering::paragraph).filter(n -> n > 0).toList();
        if (!targets.isEmpty()) {
            String words = targets.size() == 1 ? "paragraph " + targets.getFirst()
                    : "paragraphs " + String.join(", ", targets.stream().map(String::valueOf).toList());
            return new Place(pb.id(), sectionId, targets.getFirst(), words);
        }
        return new Place(pb.id(), sectionId, lastNumber, lastNumber > 0 ? "after paragraph " + lastNumber : section);
    }

    /** Everything inside a top-level block (items, a chair's replacement paragraphs) is placed at that block. */
    private void within(Block block, Place place) {
        switch (block) {
            case Paragraph p -> {
                inlines(p.content(), place);
                p.items().forEach(b -> within(b, place));
            }
            case Item i -> {
                inlines(i.content(), place);
                i.items().forEach(b -> within(b, place));
            }
            case Footnote f -> inlines(f.content(), place);
            case Statement s -> inlines(s.text(), place);
            case ProposalBlock pb -> {
                proposal(pb.proposal(), place);
                pb.proposal().blocks().forEach(b -> within(b, place));
            }
        }
    }

    private void inlines(List<Inline> inlines, Place place) {
        for (Inline inline : inlines) {
            if (inline instanceof Proposal p) {
                proposal(p, place);
                // the blocks of an inline proposal are part of its wording, placed with it
                p.blocks().forEach(b -> within(b, place));
            }
        }
    }

    private void proposal(Proposal p, Place place) {
        placed.add(new Placed(p, place));
        byProposal.putIfAbsent(p.id(), place);
        inlines(p.target(), place);
        inlines(p.text(), place);
        for (Proposal nested : p.proposals()) {
            proposal(nested, place);
            nested.blocks().forEach(b -> within(b, place));
        }
    }

    static String label(Section s) {
        return s.label() == null ? "" : s.label().strip().replaceAll("[.．、节]$", "");
    }
}
