package org.draftroom.notation.internal.reading;


import java.util.ArrayList;
import java.util.List;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Position.Stance;
import org.draftroom.negotiation.ProposalKind;

/**
 * What the grammar made of the inside of one bracket: a proposal (kind, who, which words) and the positions and
 * counter-proposals written after it, or only positions. Ranges index the flattened bracket content; the layout
 * records the notation tokens in source order, with slots where the fields go.
 */
final class Attribution {
    /** A [from, to) range of the flattened content. */
    record Range(int from, int to) {
        boolean empty() {
            return to <= from;
        }
    }

    record Pos(Stance stance, NotationNames.Parsed by, Range text, String agreesWith, String agreesSpelling,
               List<String> layout) {
    }

    ProposalKind kind;
    NotationNames.Parsed by;
    Range target;
    Range text;
    String destination;
    final List<Pos> positions = new ArrayList<>();
    final List<Attribution> nested = new ArrayList<>();
    final List<String> layout = new ArrayList<>();
    /** Acts on the words just before the bracket ("“各”[俄罗斯——删除]", "[每个][俄罗斯——替换“网络”]"). */
    boolean needsTarget;
    /** Offers other wording for the bracket just before it ("[a][俄罗斯——b]"). */
    boolean alternative;
    /** The wording is in quotation marks (a proposal), not free words (which may be a comment). */
    boolean quoted;

    boolean positionsOnly() {
        return kind == null;
    }

    void add(String token) {
        if (!token.isEmpty()) layout.add(token);
    }

    void addPosition(Pos pos) {
        layout.add("$pos:" + positions.size());
        positions.add(pos);
    }

    void addNested(Attribution sub) {
        layout.add("$sub:" + nested.size());
        nested.add(sub);
    }

    static boolean targetKind(ProposalKind kind) {
        return switch (kind) {
            case DELETE, RETAIN, REQUEST_BRACKETS, EXCLUDE -> true;
            default -> false;
        };
    }

    static String slot(Range r, boolean asTarget) {
        return asTarget ? Notation.TARGET : Notation.TEXT;
    }
}
