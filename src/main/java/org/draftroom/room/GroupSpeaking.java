package org.draftroom.room;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Who may speak on behalf of a group in the room, as the committee sets it: any member state of the group, or
 * only the coordinators it named per group. The secretariat records for any member whatever the rule (it
 * writes down what the room heard).
 *
 * @param coordinators group id → the member states that coordinate it (used by {@link Rule#COORDINATOR})
 */
public record GroupSpeaking(Rule rule, Map<String, List<String>> coordinators) {
    public enum Rule {
        ANY_MEMBER, COORDINATOR;

        public String wire() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Rule fromWire(String wire) {
            for (Rule r : values()) if (r.wire().equals(wire) || r.name().equals(wire)) return r;
            throw new IllegalArgumentException("unknown group-speaking rule '" + wire + "': use any-member or coordinator");
        }
    }

    public GroupSpeaking {
        if (rule == null) throw new IllegalArgumentException("the group-speaking rule is missing: any-member or coordinator");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        if (coordinators != null) coordinators.forEach((g, states) -> copy.put(g, states == null ? List.of() : List.copyOf(states)));
        coordinators = java.util.Collections.unmodifiableMap(copy);
    }

    /** Whether a delegate of {@code state} (a member of {@code group}) may speak for it. */
    public boolean lets(String state, String group) {
        return switch (rule) {
            case ANY_MEMBER -> true;
            case COORDINATOR -> coordinators.getOrDefault(group, List.of()).contains(state);
        };
    }
}
