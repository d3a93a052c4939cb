package org.draftroom.exports.internal.render;

import java.util.List;

import org.draftroom.negotiation.Position;

/** Inline content of the intermediate representation. */
public sealed interface Run permits Run.Plain, Run.Styled, Run.Change, Run.Opinion {

    record Plain(String text) implements Run {
    }

    /** Text set apart: attributions, footnote references, placeholders. */
    record Styled(String text, Style style) implements Run {
    }

    enum Style { ATTRIBUTION, SUPERSCRIPT, PLACEHOLDER, STRONG }

    /**
     * Tracked change: words a delegation proposes to insert or delete, or a difference between versions
     * (author null). Nested runs may carry changes of their own (an amendment to an amendment).
     */
    record Change(Type type, Author author, String proposalId, List<Run> runs) implements Run {
        public Change {
            runs = List.copyOf(runs);
        }
    }

    enum Type { INSERT, DELETE }

    /** A delegation's position on the proposal just before it, already worded ("阿联酋不同意"). */
    record Opinion(Author author, Position.Stance stance, String text) implements Run {
    }

    static Run plain(String text) {
        return new Plain(text);
    }

    static Run attribution(String text) {
        return new Styled(text, Style.ATTRIBUTION);
    }

    /** Plain text of runs as a reader sees them (deletions included). */
    static String text(List<Run> runs) {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            switch (run) {
                case Plain p -> out.append(p.text());
                case Styled s -> out.append(s.text());
                case Change c -> out.append(text(c.runs()));
                case Opinion o -> out.append(o.text());
            }
        }
        return out.toString();
    }
}
