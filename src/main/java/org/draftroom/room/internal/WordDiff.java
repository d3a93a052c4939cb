package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.draftroom.negotiation.Inline;
import org.draftroom.room.internal.Tokens.Token;

/**
 * Word-level (CJK: character-level) differences between the wording a user started from and the wording they
 * submitted, as changes over the base tokens. Changes separated only by spaces or by a single character are
 * merged, so that rewriting a phrase gives one replacement instead of a scatter of one-letter proposals.
 */
public final class WordDiff {
    private WordDiff() {
    }

    /** Replace base tokens [start, end) by {@code replacement}; start == end is a pure insertion. */
    public record Change(int start, int end, List<Token> replacement) {
        public Change {
            replacement = List.copyOf(replacement);
        }

        public boolean isInsert() {
            return start == end;
        }

        public boolean isDelete() {
            return replacement.isEmpty();
        }
    }

    public static List<Change> changes(List<Token> base, List<Token> edited) {
        return merge(raw(base, edited), base, edited);
    }

    /** The changes exactly as the diff algorithm finds them. */
    static List<Change> raw(List<Token> base, List<Token> edited) {
        List<Change> out = new ArrayList<>();
        for (AbstractDelta<Token> d : DiffUtils.diff(base, edited, (a, b) -> a.key().equals(b.key())).getDeltas()) {
            int start = d.getSource().getPosition();
            out.add(new Change(start, start + d.getSource().size(), d.getTarget().getLines()));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static List<Change> merge(List<Change> changes, List<Token> base, List<Token> edited) {
        List<Change> out = new ArrayList<>();
        int shift = 0; // edited index = base index + shift, outside changes
        List<Integer> editedStarts = new ArrayList<>();
        for (Change c : changes) {
            editedStarts.add(c.start() + shift);
            shift += c.replacement().size() - (c.end() - c.start());
        }
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            int editedStart = editedStarts.get(i);
            if (!out.isEmpty()) {
                Change prev = out.getLast();
                List<Token> gap = base.subList(prev.end(), c.start());
                if (mergeable(gap)) {
                    List<Token> replacement = new ArrayList<>(prev.replacement());
                    replacement.addAll(gap);
                    replacement.addAll(edited.subList(editedStart, editedStart + c.replacement().size()));
                    out.set(out.size() - 1, new Change(prev.start(), c.end(), replacement));
                    continue;
                }
            }
            out.add(c);
        }
        return out;
    }

    /** A gap of spaces, or of one CJK character or punctuation mark, is not worth keeping two proposals apart. */
    private static boolean mergeable(List<Token> gap) {
        if (gap.stream().anyMatch(Token::isAtom)) return false;
        if (gap.stream().allMatch(Token::isBlank)) return true;
        List<Token> solid = gap.stream().filter(t -> !t.isBlank()).toList();
        return solid.size() == 1 && solid.getFirst().text().codePointCount(0, solid.getFirst().text().length()) == 1;
    }

    /** Changes may only touch wording: proposals already on the table are withdrawn or amended, not edited away. */
    public static void requireAtomsUntouched(List<Token> base, List<Change> changes) {
        for (Change c : changes) {
            boolean touches = base.subList(c.start(), c.end()).stream().anyMatch(Token::isAtom)
                    || c.replacement().stream().anyMatch(Token::isAtom);
            if (touches) {
                throw new IllegalArgumentException("the edit removes or moves a marker ⟦n⟧ that stands for a proposal "
                        + "already on the table; keep the markers where they are (withdraw or amend that proposal instead)");
            }
        }
    }

    /** Rebuilds the content with each change turned into an inline of the caller's making (a proposal, or text). */
    public static List<Inline> apply(List<Token> base, List<Change> changes, Function<Change, List<Token>> render) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (Change c : changes) {
            out.addAll(base.subList(at, c.start()));
            out.addAll(render.apply(c));
            at = c.end();
        }
        out.addAll(base.subList(at, base.size()));
        return Tokens.toInlines(out);
    }
}
