package org.draftroom.room.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of the room API. */
final class RoomRequests {
    private RoomRequests() {
    }

    @Schema(description = """
            A proposal. kind "wording" (suggestion mode): send the block's full new wording, as read from
            GET …/blocks/{blockId}/wording (keep its ⟦n⟧ markers) with that revision as baseRevision; the server
            diffs it at word level (character level for Chinese) and records insertions, deletions and replacements.
            "add-item": new paragraph or item after blockId with wording. "move" (destination: section id or
            label), "delete", "retain": about the whole paragraph blockId; "retain", "request-brackets", "exclude"
            with span: about those words in blockId (occurrence-th appearance, default 1).
            The secretariat names the delegation it records for; a delegate may omit it (its own).
            coSponsors named by a delegate are requests: each named state or group accepts or declines
            (…/proposals/{pid}/co-sponsorship/accept) and only then is shown as a sponsor; the secretariat's
            coSponsors are recorded as sponsors at once. The chair, secretariat and committee never co-sponsor.""")
    record Proposal(
            @Schema(allowableValues = {"wording", "rewrite", "add-item", "move", "delete", "retain", "request-brackets", "exclude"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String blockId,
            String wording, Long baseRevision, String span, Integer occurrence, String destination,
            String delegation, String onBehalfOf, List<String> coSponsors) {
    }

    @Schema(description = "A position on a proposal or a chair's text; replaces the delegation's earlier one.")
    record PositionRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String proposalId,
                           @Schema(allowableValues = {"support", "oppose", "reserve", "comment"},
                                   requiredMode = Schema.RequiredMode.REQUIRED) String stance,
                           String text, String delegation, String onBehalfOf) {
    }

    @Schema(description = "Who answers a co-sponsorship request: the delegation (the secretariat names it; a delegate "
            + "may omit it) or, with onBehalfOf, the group it speaks for when the group was asked.")
    record CoSponsorAnswer(String delegation, String onBehalfOf) {
    }

    @Schema(description = "Who may speak on behalf of a group: rule any-member, or coordinator with the member states "
            + "that coordinate each group (group id → state ids). The secretariat records for any member either way.")
    record GroupSpeakingRule(@Schema(allowableValues = {"any-member", "coordinator"},
                                     requiredMode = Schema.RequiredMode.REQUIRED) String rule,
                             java.util.Map<String, List<String>> coordinators) {
        static GroupSpeakingRule of(org.draftroom.room.GroupSpeaking g) {
            return new GroupSpeakingRule(g.rule().wire(), g.coordinators());
        }
    }

    @Schema(description = "For whom: the secretariat names the delegation; a delegate may omit it.")
    record ForDelegation(String delegation) {
    }

    record Target(@Schema(description = "a paragraph, item or proposal id", requiredMode = Schema.RequiredMode.REQUIRED)
                  String targetId) {
    }

    record ChairText(@Schema(description = "paragraphs the text replaces, in one section") List<String> targetIds,
                     @Schema(description = "one wording per paragraph of the chair's text") List<String> wordings,
                     @Schema(description = "proposals merged in (lineage); superseded once the text is adopted")
                     List<String> drawsOn) {
    }

    record ChairDraftRequest(List<String> paragraphIds, List<String> chosen) {
    }

    record ChairSuggestion(String blockId, String text,
                           @Schema(description = "section to move the paragraph to, or null") String destination) {
    }

    record BaseText(String blockId, String wording, Long baseRevision) {
    }

    record Select(String blockId) {
    }
}
