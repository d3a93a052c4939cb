package org.draftroom.negotiation;

import java.util.ArrayList;
import java.util.List;

/**
 * What each proposal kind does to the words: the one place that decides it. Both clean texts (notation's and
 * the exports'), the room's agreement and the chair's drafts read proposals through these, so a new kind is
 * decided here once and every exhaustive switch over {@link ProposalKind} names the rest of the places it
 * touches.
 */
public final class Readings {
    private Readings() {
    }

    /** A run of a clean text: plain words, or words still pending that a clean open text shows in brackets. */
    public record Part(List<Inline> inlines, boolean bracketed) {
        public Part {
            inlines = List.copyOf(inlines);
        }
    }

    /** The words that stand once the proposal is agreed, its brackets gone. */
    public static List<Inline> agreed(Proposal p) {
        return switch (p.kind()) {
            case INSERT, REPLACE, REWRITE, ADD_ITEM, CHAIR_ALTERNATIVE, CHAIR_SUGGESTION ->
                    p.text().isEmpty() ? p.target() : p.text();
            case BRACKETED -> concat(p.target(), p.text());
            case DELETE, EXCLUDE -> List.of();
            case RETAIN, REQUEST_BRACKETS, MOVE -> p.target();
        };
    }

    /** The words as if the proposal had never been made: the base wording it acts on, nothing it proposes. */
    public static List<Inline> base(Proposal p) {
        return p.target();
    }

    /** Whether a block proposal carries wording of its own (a clean text shows it) rather than only procedure. */
    public static boolean carriesWording(ProposalKind kind) {
        return switch (kind) {
            case REWRITE, CHAIR_ALTERNATIVE, ADD_ITEM, INSERT, BRACKETED -> true;
            case DELETE, REPLACE, MOVE, RETAIN, REQUEST_BRACKETS, EXCLUDE, CHAIR_SUGGESTION -> false;
        };
    }

    /**
     * How a proposal reads in a clean text: agreed ones applied, withdrawn and superseded ones as the base text;
     * open ones as the base text with the alternatives agreed so far ({@code agreedOnly}) or in plain brackets.
     * Parts may hold nested proposals, which the caller renders through this method again.
     */
    public static List<Part> clean(Proposal p, boolean agreedOnly) {
        List<Part> out = new ArrayList<>();
        switch (p.status()) {
            case AGREED -> add(out, agreed(p), false);
            case WITHDRAWN, SUPERSEDED -> add(out, base(p), false);
            case OPEN -> {
                if (agreedOnly) {
                    add(out, base(p), false);
                    add(out, p.proposals().stream().filter(q -> q.status() == Status.AGREED).map(q -> (Inline) q).toList(), false);
                } else {
                    open(p, out);
                    add(out, p.proposals().stream().map(q -> (Inline) q).toList(), false);
                }
            }
        }
        return out;
    }

    private static void open(Proposal p, List<Part> out) {
        List<Part> parts = switch (p.kind()) {
            case MOVE -> List.of(new Part(p.target(), false));
            case CHAIR_SUGGESTION -> List.of(new Part(p.target(), !p.text().isEmpty()), new Part(p.text(), true));
            case REPLACE, REWRITE -> List.of(new Part(p.target(), true), new Part(p.text(), true));
            case INSERT, ADD_ITEM, BRACKETED, CHAIR_ALTERNATIVE -> List.of(new Part(concat(p.target(), p.text()), true));
            case DELETE, RETAIN, REQUEST_BRACKETS, EXCLUDE -> List.of(new Part(p.target(), true));
        };
        for (Part part : parts) add(out, part.inlines(), part.bracketed());
    }

    private static void add(List<Part> out, List<Inline> inlines, boolean bracketed) {
        if (!inlines.isEmpty()) out.add(new Part(inlines, bracketed));
    }

    private static List<Inline> concat(List<Inline> a, List<Inline> b) {
        List<Inline> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
