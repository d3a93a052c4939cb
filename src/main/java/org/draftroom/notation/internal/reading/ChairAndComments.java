package org.draftroom.notation.internal.reading;


import java.util.List;
import java.util.Optional;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.notation.internal.reading.Attribution.Pos;
import org.draftroom.notation.internal.reading.Attribution.Range;

/** Two forms of the notation outside the proposal grammar: the chair's suggestion, and a named comment. */
final class ChairAndComments {
    private final NotationNames names;

    ChairAndComments(NotationNames names) {
        this.names = names;
    }

    /** A bracket that names someone and then says something: a comment by them. */
    Attribution comment(String s) {
        int i = Grammar.ws(s, 0);
        Optional<NotationNames.Parsed> by = names.actors(s, i);
        if (by.isEmpty()) return null;
        String sep = Vocabulary.startsWithAny(s, by.get().end(), List.of("——", "—", "：", ": "));
        if (sep == null) return null;
        int from = Grammar.ws(s, by.get().end() + sep.length());
        if (from >= Grammar.end(s) || s.indexOf(Grammar.GROUP) >= 0) return null;
        Attribution a = new Attribution();
        a.addPosition(new Pos(Position.Stance.COMMENT, by.get(), new Range(from, Grammar.end(s)),
                null, null, List.of(Notation.BY, sep, Notation.TEXT)));
        return a;
    }

    /** "主席的建议：移至 D节", "主席建议：如果没有反对意见，…". */
    Attribution chairSuggestion(String s, int i) {
        Optional<NotationNames.Parsed> chair = names.actors(s, i);
        if (chair.isEmpty() || !chair.get().by().equals(List.of(Actors.CHAIR))) return null;
        int k = chair.get().end();
        String word = Vocabulary.startsWithAny(s, k, List.of("的建议", "建议"));
        if (word == null) return null;
        int c = k + word.length();
        String colon = Vocabulary.startsWithAny(s, c, List.of("：", ":"));
        if (colon == null) return null;
        Attribution a = new Attribution();
        a.kind = ProposalKind.CHAIR_SUGGESTION;
        a.by = chair.get();
        a.add(Notation.BY);
        a.add(word);
        a.add(colon);
        int from = Grammar.ws(s, c + colon.length());
        if (s.startsWith("移至", from)) {
            a.add("移至");
            a.destination = s.substring(from + 2).strip();
            a.add("$dest");
            return a.destination.isEmpty() || a.destination.indexOf(Grammar.GROUP) >= 0 ? null : a;
        }
        a.text = new Range(from, Grammar.end(s));
        a.add(Notation.TEXT);
        return a.text.empty() ? null : a;
    }
}
