package org.draftroom.exports.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Readings;
import org.draftroom.negotiation.Status;

/**
 * How one proposal reads in each {@link Mode}: tracked insertions/deletions, the house notation
 * ("[“和宗旨”——巴基斯坦：删除；阿联酋不同意]"), or its clean effect.
 */
final class ProposalRuns {
    private final Mode mode;
    private final Labels labels;
    private final Names names;
    private final Function<List<Inline>, List<Run>> inlines;
    private final Numbering numbering;

    ProposalRuns(Mode mode, Labels labels, Names names, Function<List<Inline>, List<Run>> inlines, Numbering numbering) {
        this.mode = mode;
        this.labels = labels;
        this.names = names;
        this.inlines = inlines;
        this.numbering = numbering;
    }

    List<Run> runs(Proposal p) {
        if (!mode.marked()) return clean(p);
        List<Run> runs = mode == Mode.TRACKED ? tracked(p) : bracketed(p);
        if (p.label() == null || p.label().isBlank()) return runs;
        // "Option 1: [...]", as the text labels its alternatives: the label names the proposal, so it goes with it
        return concat(List.of(Run.plain(p.label().strip() + labels.colon())), runs);
    }

    /** Clean modes read the proposal as {@link Readings#clean} says, as notation's clean texts do. */
    private List<Run> clean(Proposal p) {
        List<Run> out = new ArrayList<>();
        for (Readings.Part part : Readings.clean(p, mode == Mode.CLEAN_AGREED)) {
            List<Run> runs = inlines.apply(part.inlines());
            out.addAll(part.bracketed() && !Run.text(runs).isEmpty() ? wrap(runs) : runs);
        }
        return out;
    }

    private List<Run> tracked(Proposal p) {
        Author author = names.author(p.actors(), labels);
        List<Run> out = new ArrayList<>();
        List<Run> target = inlines.apply(p.target());
        List<Run> text = inlines.apply(p.text());
        out.addAll(switch (p.kind()) {
            case INSERT, ADD_ITEM -> List.of(new Run.Change(Run.Type.INSERT, author, p.id(), text));
            case DELETE -> List.of(new Run.Change(Run.Type.DELETE, author, p.id(), target));
            case REPLACE, REWRITE, CHAIR_ALTERNATIVE -> target.isEmpty()
                    ? List.of(new Run.Change(Run.Type.INSERT, author, p.id(), text))
                    : List.of(new Run.Change(Run.Type.DELETE, author, p.id(), target),
                            new Run.Change(Run.Type.INSERT, author, p.id(), text));
            case BRACKETED -> wrap(concat(target, text));
            case MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE, CHAIR_SUGGESTION -> concat(wrap(concat(target, text)),
                    List.of(Run.attribution("[" + names.actors(p.actors(), labels) + labels.dash() + labels.verb(p.kind())
                            + destination(p) + "]")));
        });
        out.addAll(trailer(p));
        return out;
    }

    private List<Run> bracketed(Proposal p) {
        List<Run> out = new ArrayList<>();
        List<Run> target = inlines.apply(p.target());
        List<Run> text = inlines.apply(p.text());
        String who = names.actors(p.actors(), labels);
        // a switch expression, so that a new kind is a compile error here
        out.addAll(switch (p.kind()) {
            case INSERT, ADD_ITEM -> concat(concat(List.of(Run.plain("[")), text),
                    p.actors().attributed() ? List.of(Run.attribution(labels.dash() + who)) : List.of());
            case REPLACE, REWRITE, CHAIR_SUGGESTION, CHAIR_ALTERNATIVE -> concat(target.isEmpty() ? List.of() : wrap(target),
                    concat(concat(List.of(Run.plain("["), Run.attribution(who + labels.dash() + labels.verb(p.kind()) + "“")),
                            text), List.of(Run.attribution("”"))));
            case BRACKETED -> concat(List.of(Run.plain("[")), concat(target, text));
            case DELETE, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE -> concat(concat(List.of(Run.plain("[")), concat(target, text)),
                    List.of(Run.attribution(labels.dash() + who + labels.colon() + labels.verb(p.kind()) + destination(p))));
        });
        for (Position position : p.positions()) out.add(opinion(position, labels.clauseSeparator()));
        out.add(Run.plain("]"));
        for (Proposal nested : p.proposals()) out.addAll(runs(nested));
        out.addAll(status(p));
        return out;
    }

    /** What follows a proposal in the marked modes: its amendments, positions and status. */
    List<Run> trailer(Proposal p) {
        List<Run> out = new ArrayList<>();
        if (mode == Mode.TRACKED) {
            for (Proposal nested : p.proposals()) out.addAll(runs(nested));
            for (Position position : p.positions()) out.add(opinion(position, ""));
        } else {
            for (Proposal nested : p.proposals()) out.addAll(runs(nested));
            if (!p.positions().isEmpty()) {
                out.add(Run.plain("["));
                for (int i = 0; i < p.positions().size(); i++) {
                    out.add(opinion(p.positions().get(i), i == 0 ? "" : labels.clauseSeparator()));
                }
                out.add(Run.plain("]"));
            }
        }
        out.addAll(status(p));
        return out;
    }

    /** A block proposal that carries no replacement blocks (move, suggestion, rewrite in one line). */
    List<Run> note(Proposal p) {
        List<Run> out = new ArrayList<>();
        boolean rewriteAbove = p.kind() == ProposalKind.REWRITE && p.targetIds().size() == 1 && p.blocks().isEmpty();
        out.add(Run.attribution(rewriteAbove ? names.actors(p.actors(), labels) + labels.rewriteAbove() + labels.colon()
                : names.actors(p.actors(), labels) + labels.colon() + labels.verb(p.kind())
                + destination(p) + (p.text().isEmpty() ? "" : labels.colon())));
        List<Run> text = inlines.apply(p.text());
        if (mode == Mode.TRACKED && !text.isEmpty()) {
            out.add(new Run.Change(Run.Type.INSERT, names.author(p.actors(), labels), p.id(), text));
        } else {
            out.addAll(text);
        }
        out.addAll(trailer(p));
        return out;
    }

    private Run opinion(Position position, String separator) {
        String who = names.actors(position.actors(), labels);
        String what = position.agreesWith() != null
                ? labels.agreesWith(names.name(position.agreesWith(), labels.language()))
                : labels.stance(position.stance());
        String text = position.text() == null || position.text().isBlank() ? what
                : (what.isEmpty() ? "" : what + labels.colon()) + position.text();
        String worded = separator + who + (labels.chinese() || text.isEmpty() ? "" : " ") + text;
        return new Run.Opinion(names.author(position.actors(), labels), position.stance(),
                mode == Mode.TRACKED ? "[" + worded + "]" : worded);
    }

    private List<Run> status(Proposal p) {
        return switch (p.status()) {
            case AGREED -> List.of(Run.attribution("(" + labels.agreed() + ")"));
            case WITHDRAWN -> List.of(Run.attribution("(" + labels.withdrawn() + ")"));
            case SUPERSEDED -> List.of(Run.attribution("(" + labels.superseded() + ")"));
            case OPEN -> List.of();
        };
    }

    private String destination(Proposal p) {
        if (p.destination() == null || p.kind() != ProposalKind.MOVE && p.kind() != ProposalKind.CHAIR_SUGGESTION) return "";
        return (p.kind() == ProposalKind.MOVE ? " " : labels.moveTo()) + numbering.destination(p.destination(), labels.language());
    }

    private static List<Run> wrap(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        out.add(Run.plain("["));
        out.addAll(runs);
        out.add(Run.plain("]"));
        return out;
    }

    private static List<Run> concat(List<Run> a, List<Run> b) {
        List<Run> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
