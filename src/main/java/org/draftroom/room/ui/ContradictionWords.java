package org.draftroom.room.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.Contradictions;
import org.draftroom.room.internal.Contradictions.Contradiction;
import org.draftroom.room.internal.Describe;

/**
 * Contradictions among a delegation's own proposals in the reader's words ("You already propose to delete
 * paragraph 5; this insertion is inside it"), for the propose dialog's warning and the proposal inspector's flag.
 *
 * @param t a translation with one argument list (key, arguments)
 */
record ContradictionWords(NegotiationDocument doc, BiFunction<String, Object[], String> t) {

    /** The groups {@code delegation} speaks for in the document, under its group-speaking rule. */
    static Set<String> groups(RoomContext ctx, String documentId, String delegation) {
        var speaking = ctx.coSponsorships().groupSpeaking(documentId);
        Set<String> out = new LinkedHashSet<>();
        ctx.delegations().groupsOf(delegation).stream().filter(g -> speaking.lets(delegation, g.id())).forEach(g -> out.add(g.id()));
        return out;
    }

    /** A warning about a submission: {@code before} is the text it would be added to. */
    String warning(Contradiction c) {
        return switch (c.kind()) {
            case DELETES_WHAT_IT_CHANGES, DELETES_WHAT_IT_AMENDS -> existed(c.first())
                    ? t.apply("room.contradiction.inside", new Object[]{deleted(c.first()), kind(c.second())})
                    : t.apply("room.contradiction.removes", new Object[]{deleted(c.first()), kind(c.second())});
            case OPPOSES_ITS_OWN -> t.apply("room.contradiction.opposes", new Object[0]);
        };
    }

    /** A flag on {@code proposalId} in the inspector of {@code who}'s proposals. */
    String flag(Contradiction c, String proposalId, String who) {
        return switch (c.kind()) {
            case DELETES_WHAT_IT_CHANGES, DELETES_WHAT_IT_AMENDS -> c.first().id().equals(proposalId)
                    ? t.apply("room.contradiction.flag.removes", new Object[]{deleted(c.first()), kind(c.second()), who})
                    : t.apply("room.contradiction.flag.inside", new Object[]{deleted(c.first()), kind(c.second()), who});
            case OPPOSES_ITS_OWN -> t.apply("room.contradiction.flag.opposes", new Object[]{who});
        };
    }

    List<Contradiction> involving(List<Contradiction> all, String proposalId) {
        return all.stream().filter(c -> c.involves(proposalId)).toList();
    }

    private boolean existed(Proposal p) {
        return Walk.proposals(doc).stream().anyMatch(q -> q.id().equals(p.id()));
    }

    /** "paragraph 5", "an item", or the deleted words in quotes. */
    private String deleted(Proposal deletion) {
        if (deletion.targetIds().isEmpty()) {
            return t.apply("room.contradiction.words", new Object[]{Describe.clip(Walk.plainText(deletion.target()))});
        }
        int n = Numbering.of(doc).paragraph(deletion.targetIds().getFirst());
        return n > 0 ? t.apply("room.contradiction.paragraph", new Object[]{n}) : t.apply("room.contradiction.item", new Object[0]);
    }

    private String kind(Proposal p) {
        return t.apply("room.kind." + p.kind().wire(), new Object[0]);
    }

    static List<Contradiction> of(RoomContext ctx, NegotiationDocument doc, String documentId, String delegation) {
        return Contradictions.of(doc, delegation, groups(ctx, documentId, delegation));
    }
}
