package org.draftroom.room.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.room.GroupSpeaking;

/**
 * The group-speaking rule of each document: the committee's setting ({@code draftroom.room.group-speaking.rule},
 * {@code any-member} or {@code coordinator}, and {@code .coordinators}, "AFRICAN_GROUP=DZ GH; CHINA_GROUP=CN") unless the secretariat set one for the document. Coordinators must be
 * member states of their group; a setting that names anyone else is refused (at start-up for the committee's).
 */
@Component
public class GroupSpeakingStore {
    private static final int MAX_STORED = 4000;
    private final JdbcClient jdbc;
    private final DelegationRegistry delegations;
    private final GroupSpeaking committee;

    GroupSpeakingStore(JdbcClient jdbc, DelegationRegistry delegations, RoomSettings settings) {
        this.jdbc = jdbc;
        this.delegations = delegations;
        String rule = settings.groupSpeaking().rule();
        String coordinators = settings.groupSpeaking().coordinators();
        try {
            this.committee = check(new GroupSpeaking(GroupSpeaking.Rule.fromWire(rule.strip()), parse(coordinators)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("draftroom.room.group-speaking: " + e.getMessage(), e);
        }
    }

    public GroupSpeaking committee() {
        return committee;
    }

    public GroupSpeaking of(String documentId) {
        return jdbc.sql("select rule, coordinators from room_group_speaking where document_id = ?").param(documentId)
                .query((rs, n) -> new GroupSpeaking(GroupSpeaking.Rule.fromWire(rs.getString(1)), parse(rs.getString(2))))
                .optional().orElse(committee);
    }

    public void set(String documentId, GroupSpeaking speaking) {
        check(speaking);
        String stored = speaking.coordinators().entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + String.join(" ", e.getValue())).collect(Collectors.joining(";"));
        if (stored.length() > MAX_STORED) throw new IllegalArgumentException("too many coordinators (over " + MAX_STORED + " characters)");
        // standard SQL MERGE (H2 and PostgreSQL 15+), not H2's "merge … key" (ADR 0014)
        jdbc.sql("""
                        merge into room_group_speaking g
                        using (values (?, ?, ?)) n (document_id, rule, coordinators) on g.document_id = n.document_id
                        when matched then update set rule = n.rule, coordinators = n.coordinators
                        when not matched then insert (document_id, rule, coordinators)
                            values (n.document_id, n.rule, n.coordinators)""")
                .params(documentId, speaking.rule().wire(), stored).update();
    }

    private GroupSpeaking check(GroupSpeaking speaking) {
        speaking.coordinators().forEach((group, states) -> {
            Delegation g = delegations.byId(group).orElseThrow(() -> new IllegalArgumentException("unknown group " + group));
            if (g.kind() != Delegation.Kind.GROUP) throw new IllegalArgumentException(group + " is not a group");
            for (String s : states) {
                if (!g.members().contains(s)) throw new IllegalArgumentException(s + " is not a member of " + group + " and cannot coordinate it");
            }
        });
        return speaking;
    }

    private static Map<String, List<String>> parse(String stored) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) return out;
        for (String entry : stored.split(";")) {
            if (entry.isBlank()) continue;
            String[] kv = entry.split("=", 2);
            out.put(kv[0].strip().toUpperCase(Locale.ROOT), split(kv.length > 1 ? kv[1] : ""));
        }
        return out;
    }

    private static List<String> split(String states) {
        return states == null || states.isBlank() ? List.of()
                : Arrays.stream(states.strip().split("[\\s,]+")).map(s -> s.toUpperCase(Locale.ROOT)).toList();
    }
}
