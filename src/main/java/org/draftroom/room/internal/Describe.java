package org.draftroom.room.internal;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Walk;

/** One-line descriptions for history entries, lineage and lists (ids, not display names: stable in any language). */
public final class Describe {
    private Describe() {
    }

    public static String actors(Actors a) {
        String by = String.join(", ", a.by());
        return a.onBehalfOf() == null ? by : by + " for " + a.onBehalfOf();
    }

    public static String proposal(Proposal p) {
        String target = clip(Walk.plainText(p.target()));
        String text = clip(Walk.plainText(p.text()));
        String what = switch (p.kind()) {
            case INSERT -> "insert “" + text + "”";
            case DELETE -> p.targetIds().isEmpty() ? "delete “" + target + "”" : "delete " + String.join(", ", p.targetIds());
            case REPLACE -> "replace “" + target + "” by “" + text + "”";
            case MOVE -> "move " + String.join(", ", p.targetIds()) + " to " + p.destination();
            case RETAIN -> p.targetIds().isEmpty() ? "retain “" + target + "”" : "retain " + String.join(", ", p.targetIds());
            case REQUEST_BRACKETS -> "brackets around “" + target + "”";
            case ADD_ITEM -> "add " + p.blocks().stream().map(b -> b instanceof org.draftroom.negotiation.Paragraph para
                    ? "“" + clip(Walk.plainText(para.content())) + "”"
                    : b instanceof org.draftroom.negotiation.Item i ? "“" + clip(Walk.plainText(i.content())) + "”" : "").findFirst().orElse("");
            case CHAIR_ALTERNATIVE -> "chair's text replacing " + String.join(", ", p.targetIds());
            case REWRITE, EXCLUDE, CHAIR_SUGGESTION, BRACKETED -> p.kind().wire() + (text.isEmpty() ? "" : " “" + text + "”");
        };
        return actors(p.actors()) + ": " + what;
    }

    static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 80 ? one : one.substring(0, 79) + "…";
    }
}
