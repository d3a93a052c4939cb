package org.draftroom.exports.internal.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
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

    ProposalRuns(Mode mode, Labels labels, Names names, Function<List<Inline>, List<Run>> inlines) {
        this.mode = mode;
        this.labels = labels;
        this.names = names;
        this.inlines = inlines;
    }

    List<Run> runs(Proposal p) {
        boolean gone = p.status() == Status.WITHDRAWN || p.status() == Status.SUPERSEDED;
        if (!mode.marked()) {
            if (gone) return base(p);
            if (p.status() == Status.AGREED) return applied(p);
            return mode == Mode.CLEAN_AGREED ? base(p) : openBrackets(p);
        }
        return mode == Mode.TRACKED ? tracked(p) : bracketed(p);
    }

    /** The text as if the proposal had never been made. */
    private List<Run> base(Proposal p) {
        return switch (p.kind()) {
            case INSERT, ADD_ITEM, BRACKETED, CHAIR_SUGGESTION, CHAIR_ALTERNATIVE -> List.of();
            default -> inlines.apply(p.target());
        };
    }

    /** The text once the proposal is agreed. */
    private List<Run> applied(Proposal p) {
        return switch (p.kind()) {
            case INSERT, ADD_ITEM, REPLACE, REWRITE, CHAIR_ALTERNATIVE, CHAIR_SUGGESTION -> inlines.apply(p.text());
            case DELETE -> List.of();
            case BRACKETED -> concat(inlines.apply(p.target()), inlines.apply(p.text()));
            default -> inlines.apply(p.target());
        };
    }

    private List<Run> openBrackets(Proposal p) {
        List<Run> out = new ArrayList<>();
        List<Run> target = inlines.apply(p.target());
        List<Run> text = inlines.apply(p.text());
        if (!target.isEmpty()) out.addAll(wrap(target));
        if (!text.isEmpty()) out.addAll(wrap(text));
        for (Proposal nested : p.proposals()) out.addAll(runs(nested));
        return out;
    }

    private List<Run> tracked(Proposal p) {
        Author author = names.author(p.actors(), labels);
        List<Run> out = new ArrayList<>();
        List<Run> target = inlines.apply(p.target());
        List<Run> text = inlines.apply(p.text());
        switch (p.kind()) {
            case INSERT, ADD_ITEM -> out.add(new Run.Change(Run.Type.INSERT, author, p.id(), text));
            case DELETE -> out.add(new Run.Change(Run.Type.DELETE, author, p.id(), target));
            case REPLACE, REWRITE, CHAIR_ALTERNATIVE -> {
                if (!target.isEmpty()) out.add(new Run.Change(Run.Type.DELETE, author, p.id(), target));
                out.add(new Run.Change(Run.Type.INSERT, author, p.id(), text));
            }
            case BRACKETED -> out.addAll(wrap(concat(target, text)));
            default -> {
                out.addAll(wrap(concat(target, text)));
                out.add(Run.attribution("[" + names.actors(p.actors(), labels) + labels.dash() + labels.verb(p.kind())
                        + destination(p) + "]"));
            }
        }
        out.addAll(trailer(p));
        return out;
    }

    private List<Run> bracketed(Proposal p) {
        List<Run> out = new ArrayList<>();
        List<Run> target = inlines.apply(p.target());
        List<Run> text = inlines.apply(p.text());
        String who = names.actors(p.actors(), labels);
        switch (p.kind()) {
            case INSERT, ADD_ITEM -> {
                out.add(Run.plain("["));
                out.addAll(text);
                if (p.actors().attributed()) out.add(Run.attribution(labels.dash() + who));
            }
            case REPLACE, REWRITE, CHAIR_SUGGESTION, CHAIR_ALTERNATIVE -> {
                if (!target.isEmpty()) out.addAll(wrap(target));
                out.add(Run.plain("["));
                out.add(Run.attribution(who + labels.dash() + labels.verb(p.kind()) + "“"));
                out.addAll(text);
                out.add(Run.attribution("”"));
            }
            case BRACKETED -> {
                out.add(Run.plain("["));
                out.addAll(target);
                out.addAll(text);
            }
            default -> {
                out.add(Run.plain("["));
                out.addAll(target);
                out.addAll(text);
                out.add(Run.attribution(labels.dash() + who + labels.colon() + labels.verb(p.kind()) + destination(p)));
            }
        }
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
        out.add(Run.attribution(names.actors(p.actors(), labels) + labels.colon() + labels.verb(p.kind())
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
        return p.kind() == ProposalKind.MOVE && p.destination() != null ? " " + p.destination() : "";
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
