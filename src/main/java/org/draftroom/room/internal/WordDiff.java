package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

import org.draftroom.negotiation.BoundedDiff;
import org.draftroom.negotiation.Inline;
import org.draftroom.room.internal.Tokens.Token;

/**
 * Word-level (CJK: character-level) differences between the wording a user started from and the wording they
 * submitted, as changes over the base tokens. Changes separated only by spaces or by a single character are
 * merged, so that rewriting a phrase gives one replacement instead of a scatter of one-letter proposals.
 */
public final class WordDiff {
    /** Middles up to this many tokens (both sides) are diffed exactly; the longest seed paragraph has ~230. */
    static final int FULL_DIFF_TOKENS = 2_000;
    /** Longer middles: at most this many tokens inserted or deleted before it becomes one replacement. */
    static final int MAX_EDITS = 1_000;
    /** … and at most this many comparisons (about 50 ms of one core). */
    static final long MAX_STEPS = 20_000_000L;
    static final BoundedDiff.Budget BUDGET = new BoundedDiff.Budget(FULL_DIFF_TOKENS, MAX_EDITS, MAX_STEPS);

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

    /**
     * The changes as the diff finds them, at a cost that stays near linear: existing proposals (atoms) that
     * both sides keep in the same order split the wording into stretches diffed apart; each stretch loses its
     * common start and end; a middle of up to {@value #FULL_DIFF_TOKENS} tokens is diffed exactly, a longer one
     * with a budget of {@value #MAX_EDITS} edited tokens and {@value #MAX_STEPS} steps, past which it becomes
     * one replacement. Every path gives back exactly the edited wording.
     */
    static List<Change> raw(List<Token> base, List<Token> edited) {
        java.util.Map<Object, Integer> symbols = new java.util.HashMap<>();
        int[] a = symbols(base, symbols);
        int[] b = symbols(edited, symbols);
        List<Change> out = new ArrayList<>();
        List<Integer> atomsA = atomPositions(base);
        List<Integer> atomsB = atomPositions(edited);
        boolean anchored = !atomsA.isEmpty() && atomsA.size() == atomsB.size()
                && java.util.stream.IntStream.range(0, atomsA.size()).allMatch(i -> a[atomsA.get(i)] == b[atomsB.get(i)]);
        if (!anchored) {
            stretch(a, 0, a.length, b, 0, b.length, base, edited, out);
            return sorted(out);
        }
        int fromA = 0;
        int fromB = 0;
        for (int i = 0; i < atomsA.size(); i++) {
            stretch(a, fromA, atomsA.get(i), b, fromB, atomsB.get(i), base, edited, out);
            fromA = atomsA.get(i) + 1;
            fromB = atomsB.get(i) + 1;
        }
        stretch(a, fromA, a.length, b, fromB, b.length, base, edited, out);
        return sorted(out);
    }

    private static List<Change> sorted(List<Change> changes) {
        changes.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return changes;
    }

    private static void stretch(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo, List<Token> base,
                                List<Token> edited, List<Change> out) {
        for (BoundedDiff.Hunk h : BoundedDiff.stretch(a, aFrom, aTo, b, bFrom, bTo, BUDGET, WordDiff::exact)) {
            out.add(new Change(h.aStart(), h.aEnd(), edited.subList(h.bStart(), h.bEnd())));
        }
    }

    /** java-diff-utils' Myers for short middles, as before the budget: its choices are what the room shows. */
    static List<BoundedDiff.Hunk> exact(int[] a, int aFrom, int aTo, int[] b, int bFrom, int bTo) {
        List<Integer> left = java.util.Arrays.stream(a, aFrom, aTo).boxed().toList();
        List<Integer> right = java.util.Arrays.stream(b, bFrom, bTo).boxed().toList();
        List<BoundedDiff.Hunk> out = new ArrayList<>();
        for (AbstractDelta<Integer> d : DiffUtils.diff(left, right).getDeltas()) {
            int start = aFrom + d.getSource().getPosition();
            int target = bFrom + d.getTarget().getPosition();
            out.add(new BoundedDiff.Hunk(start, start + d.getSource().size(), target, target + d.getTarget().size()));
        }
        return out;
    }

    /** Tokens as small ints, equal when their diff keys are equal: comparing them costs nothing. */
    private static int[] symbols(List<Token> tokens, java.util.Map<Object, Integer> symbols) {
        return BoundedDiff.symbols(tokens, Token::key, symbols);
    }

    private static List<Integer> atomPositions(List<Token> tokens) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).isAtom()) out.add(i);
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
