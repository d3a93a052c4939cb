package org.draftroom.room.internal;

import java.util.List;
import java.util.Set;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.room.internal.Contradictions.Contradiction;
import org.draftroom.room.internal.Tokens.Token;

/**
 * What a proposal about to be submitted would contradict among the delegation's own, worked out on the text in
 * memory (nothing is written): the same functions that will record it, then {@link Contradictions#added}.
 */
public final class ContradictionCheck {
    private ContradictionCheck() {
    }

    /**
     * @param rewrite new wording for the whole paragraph (one rewrite), else suggestion-mode wording
     * @param actors  the delegation and, when it speaks for one, the group, as the submission would record them
     * @param groups  the groups the delegation speaks for in this document
     * @return the new contradictions; none when the wording would be refused anyway (the submission says why)
     */
    public static List<Contradiction> ifProposed(NegotiationDocument doc, String blockId, String wording, boolean rewrite,
                                                 Actors actors, Set<String> groups) {
        String delegation = actors.by().getFirst();
        NegotiationDocument after;
        try {
            if (rewrite) {
                after = Proposing.rewrite(doc, blockId, wording, actors, "tentative");
            } else {
                List<Token> base = Tokens.of(DocumentEdits.content(doc, blockId));
                var changes = WordDiff.changes(base, Tokens.parse(wording, Tokens.atoms(base)));
                WordDiff.requireAtomsUntouched(base, changes);
                after = Proposing.proposeChanges(doc, blockId, base, changes, actors, id -> { });
            }
        } catch (RuntimeException refused) { // refused wording: the submission itself will say why
            return List.of();
        }
        return Contradictions.added(Contradictions.of(doc, delegation, groups), Contradictions.of(after, delegation, groups));
    }
}
