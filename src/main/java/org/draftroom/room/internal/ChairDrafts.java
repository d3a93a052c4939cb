package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;

/**
 * The chair's alternative text: a starting wording for the paragraphs it replaces, read with the chosen
 * proposals taken in and every other proposal left out, which the chair then edits and posts.
 */
public final class ChairDrafts {
    private ChairDrafts() {
    }

    /** One wording per resulting paragraph: a chosen rewrite stands for its paragraph, a chosen new item follows. */
    public static List<String> startingWording(NegotiationDocument doc, List<String> paragraphIds, Set<String> chosen) {
        List<String> out = new ArrayList<>();
        for (String id : paragraphIds) {
            Block b = DocumentEdits.requireBlock(doc, id);
            if (!(b instanceof Paragraph p)) throw new IllegalArgumentException(id + " is not a paragraph");
            List<Block> siblings = DocumentEdits.siblings(doc, id);
            List<Proposal> attached = siblings.stream().filter(s -> s instanceof ProposalBlock).map(s -> ((ProposalBlock) s).proposal())
                    .filter(q -> q.targetIds().contains(id) && chosen.contains(q.id())).toList();
            Proposal rewrite = attached.stream().filter(q -> q.kind() == ProposalKind.REWRITE).findFirst().orElse(null);
            if (rewrite != null && rewrite.blocks().isEmpty()) {
                out.add(reading(rewrite.text(), chosen));
            } else if (rewrite != null) {
                rewrite.blocks().forEach(rb -> out.add(reading(contentOf(rb), chosen)));
            } else {
                out.add(reading(p.content(), chosen));
            }
            attached.stream().filter(q -> q.kind() == ProposalKind.ADD_ITEM)
                    .forEach(q -> q.blocks().forEach(nb -> out.add(reading(contentOf(nb), chosen))));
        }
        return out;
    }

    /** Proposals that can be merged into a chair's text over these paragraphs: inline ones and those about them. */
    public static List<Proposal> candidates(NegotiationDocument doc, List<String> paragraphIds) {
        List<Proposal> out = new ArrayList<>();
        for (String id : paragraphIds) {
            Block b = DocumentEdits.requireBlock(doc, id);
            NegotiationDocument only = new NegotiationDocument(doc.id(), doc.header(), List.of(b), List.of());
            Walk.proposals(only).stream().filter(p -> p.status() == Status.OPEN).forEach(out::add);
            DocumentEdits.siblings(doc, id).stream().filter(s -> s instanceof ProposalBlock).map(s -> ((ProposalBlock) s).proposal())
                    .filter(q -> q.targetIds().contains(id) && q.status() == Status.OPEN).forEach(out::add);
        }
        return out;
    }

    /** The posted text as a block proposal of the chair, placed after the last paragraph it replaces. */
    public static NegotiationDocument post(NegotiationDocument doc, List<String> targetIds, List<String> wordings,
                                           String proposalId) {
        if (targetIds.isEmpty()) throw new IllegalArgumentException("name at least one paragraph the text replaces");
        if (wordings.stream().allMatch(w -> w == null || w.isBlank())) throw new IllegalArgumentException("the text is empty");
        List<Block> siblings = DocumentEdits.siblings(doc, targetIds.getFirst());
        for (String id : targetIds) {
            if (!(DocumentEdits.requireBlock(doc, id) instanceof Paragraph)) throw new IllegalArgumentException(id + " is not a paragraph");
            if (DocumentEdits.indexOf(siblings, id) < 0) {
                throw new IllegalArgumentException("the paragraphs a chair's text replaces must stand in the same section");
            }
        }
        List<Block> blocks = wordings.stream().filter(w -> w != null && !w.isBlank())
                .map(w -> (Block) new Paragraph(Proposing.newId("b"), true, List.of(new Text(w.strip())), List.of(), Status.OPEN, true))
                .toList();
        Proposal alt = new Proposal(proposalId, ProposalKind.CHAIR_ALTERNATIVE, Actors.of(Actors.CHAIR), List.of(), List.of(),
                targetIds, null, blocks, Status.OPEN, List.of(), List.of(), null);
        String last = targetIds.stream().max((a, b) -> Integer.compare(DocumentEdits.indexOf(siblings, a),
                DocumentEdits.indexOf(siblings, b))).orElseThrow();
        return DocumentEdits.insertAfter(doc, last, new ProposalBlock(Proposing.newId("pb"), alt));
    }

    private static List<Inline> contentOf(Block b) {
        return switch (b) {
            case Paragraph p -> p.content();
            case Item i -> i.content();
            case Footnote f -> f.content();
            case Statement s -> List.of();
            case ProposalBlock pb -> List.of();
        };
    }

    /** Plain wording with chosen proposals applied and the rest read as the base text. */
    static String reading(List<Inline> content, Set<String> chosen) {
        StringBuilder out = new StringBuilder();
        for (Inline inline : content) {
            switch (inline) {
                case Text t -> out.append(t.text());
                case Placeholder ph -> out.append('{').append(ph.name()).append('}');
                case FootnoteRef ignored -> { }
                case Proposal p -> {
                    List<Inline> r = chosen.contains(p.id()) && p.status() == Status.OPEN
                            ? Agreement.agreedReading(p.withStatus(Status.AGREED)) : baseReading(p);
                    // requested brackets read as their words
                    if (r.size() == 1 && r.getFirst() instanceof Proposal q && q.id().equals(p.id())) r = p.target();
                    out.append(reading(r, chosen));
                }
            }
        }
        return out.toString();
    }

    private static List<Inline> baseReading(Proposal p) {
        return p.status() == Status.AGREED ? Agreement.agreedReading(p) : ViewFilters.baseReading(p);
    }
}
