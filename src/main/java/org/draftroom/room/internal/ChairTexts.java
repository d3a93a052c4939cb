package org.draftroom.room.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;

/**
 * What a chair's-text operation may touch, checked on the state it is applied to: the id must be an open
 * chair's alternative text, it may draw only on open proposals inside the paragraphs it replaces, and text the
 * secretariat marked agreed is replaced only by the secretariat's own act. {@code refuse} turns a reason into
 * the refusal to throw.
 */
public final class ChairTexts {
    private ChairTexts() {
    }

    /** The open chair's text with this id; anything else (a delegation's new item, rewrite, move) is refused. */
    public static Proposal require(NegotiationDocument doc, String id, Function<String, RuntimeException> refuse) {
        Proposal p = DocumentEdits.requireProposal(doc, id);
        if (p.kind() != ProposalKind.CHAIR_ALTERNATIVE || !p.actors().by().equals(List.of(Actors.CHAIR))) {
            throw refuse.apply(id + " is not a chair's text but a " + p.kind().wire() + " proposal of "
                    + (p.actors().attributed() ? String.join(", ", p.actors().by()) : "nobody")
                    + "; only a chair's alternative text can be taken as the basis");
        }
        if (p.status() != Status.OPEN) {
            throw refuse.apply("the chair's text " + id + " is " + p.status().wire() + "; only an open one can be taken as the basis");
        }
        return p;
    }

    /** Ids of the open proposals a chair's text over these paragraphs can draw on (inline and about them). */
    public static Set<String> inside(NegotiationDocument doc, List<String> paragraphIds) {
        Set<String> out = new LinkedHashSet<>();
        ChairDrafts.candidates(doc, paragraphIds).forEach(p -> out.add(p.id()));
        return out;
    }

    /** Refuses a {@code drawsOn} naming a proposal outside the replaced paragraphs or no longer open. */
    /** Of the lineage, only open proposals inside the paragraphs the text replaces are superseded. */
    public static Set<String> insideReplaced(NegotiationDocument doc, String proposalId, Set<String> drawsOn) {
        if (drawsOn.isEmpty()) return drawsOn;
        Set<String> inside = new java.util.LinkedHashSet<>(drawsOn);
        inside.retainAll(inside(doc, DocumentEdits.requireProposal(doc, proposalId).targetIds()));
        return inside;
    }

    public static void checkDrawsOn(NegotiationDocument doc, List<String> paragraphIds, Set<String> drawsOn,
                                    Function<String, RuntimeException> refuse) {
        Set<String> inside = inside(doc, paragraphIds);
        for (String id : drawsOn) {
            DocumentEdits.requireProposal(doc, id);
            if (!inside.contains(id)) {
                throw refuse.apply("a chair's text draws only on open proposals inside the paragraphs it replaces ("
                        + String.join(", ", paragraphIds) + "); " + id + " is not one of them");
            }
        }
    }

    /** The paragraphs the text replaces that stand agreed. */
    public static List<String> agreedTargets(NegotiationDocument doc, Proposal chairText) {
        return chairText.targetIds().stream()
                .filter(id -> DocumentEdits.block(doc, id).orElse(null) instanceof Paragraph p && p.status() == Status.AGREED)
                .toList();
    }
}
