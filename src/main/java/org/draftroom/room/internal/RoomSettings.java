package org.draftroom.room.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.draftroom.room.GroupSpeaking;

/**
 * The room module's settings ({@code draftroom.room.*}, defaults in {@code application.yml}). The group-speaking
 * rule is checked against the delegation registry when {@link GroupSpeakingStore} starts: a rule or coordinator
 * it does not accept stops the app with a message naming {@code draftroom.room.group-speaking}.
 */
@ConfigurationProperties("draftroom.room")
public record RoomSettings(@DefaultValue GroupSpeakingSetting groupSpeaking) {

    /**
     * @param rule         {@code coordinator} or {@code any-member}
     * @param coordinators "GROUP=STATE STATE; GROUP=STATE"
     */
    public record GroupSpeakingSetting(@DefaultValue("coordinator") String rule, @DefaultValue("") String coordinators) {
        public GroupSpeakingSetting {
            try {
                GroupSpeaking.Rule.fromWire(rule.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("draftroom.room.group-speaking.rule: " + e.getMessage(), e);
            }
        }
    }
}
