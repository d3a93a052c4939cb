package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.WordDiff.Change;

/**
 * Carries changes made against an older wording over to the current one (three-way): what others changed
 * since is diffed too, and each of our changes is shifted past theirs. Two changes to the same words cannot
 * both stand; that is a conflict, reported with what the other side did. Insertions at the same point are
 * not a conflict: ours goes after theirs.
 */
public final class Rebase {
    private Rebase() {
    }

    /** The other side's change that collides with ours, with our change, for the explanation. */
    public static final class Conflict extends RuntimeException {
        private final transient Change ours;
        private final transient Change theirs;
        private final String explanation;

        Conflict(Change ours, Change theirs, List<Token> base) {
            super("conflict");
            this.ours = ours;
            this.theirs = theirs;
            this.explanation = describe(theirs, base);
        }

        public Change ours() {
            return ours;
        }

        public Change theirs() {
            return theirs;
        }

        /** E.g. «“网络” became “每个”», in plain words; proposals show as "…". */
        public String explanation() {
            return explanation;
        }

        private static String describe(Change c, List<Token> base) {
            String before = Tokens.plain(base.subList(c.start(), c.end())).strip();
            String after = Tokens.plain(c.replacement()).strip();
            if (c.isInsert()) return "“" + after + "” was inserted there";
            if (c.isDelete()) return "“" + before + "” was removed";
            return "“" + before + "” became “" + after + "”";
        }
    }

    /** Our changes in the coordinates of {@code current}; throws {@link Conflict} when they collide with others'. */
    public static List<Change> onto(List<Token> base, List<Token> current, List<Change> ours) {
        List<Change> theirs = WordDiff.changes(base, current);
        List<Change> out = new ArrayList<>();
        for (Change mine : ours) {
            int shift = 0;
            for (Change other : theirs) {
                if (collide(mine, other)) throw new Conflict(mine, other, base);
                if (other.end() <= mine.start()) shift += other.replacement().size() - (other.end() - other.start());
            }
            out.add(new Change(mine.start() + shift, mine.end() + shift, mine.replacement()));
        }
        return out;
    }

    private static boolean collide(Change a, Change b) {
        if (a.isInsert() && b.isInsert()) return false;
        if (a.isInsert()) return b.start() < a.start() && a.start() < b.end();
        if (b.isInsert()) return a.start() < b.start() && b.start() < a.end();
        return a.start() < b.end() && b.start() < a.end();
    }
}
