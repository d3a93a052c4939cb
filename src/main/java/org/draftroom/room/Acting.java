package org.draftroom.room;

import java.util.List;

import org.draftroom.negotiation.TextLimits;

/**
 * For whom a proposal or position is made.
 *
 * @param delegationId the delegation speaking (a delegate may leave it null: its own); the secretariat names it
 * @param onBehalfOf   a group the delegation belongs to and speaks for, or null
 * @param coSponsors   other delegations joining the proposal, may be empty
 */
public record Acting(String delegationId, String onBehalfOf, List<String> coSponsors) {
    public Acting {
        coSponsors = coSponsors == null ? List.of() : List.copyOf(coSponsors);
        if (coSponsors.size() > TextLimits.CO_SPONSORS) {
            throw new TextLimits.TooLong("coSponsors", TextLimits.CO_SPONSORS, coSponsors.size(), "delegations", false);
        }
        if (onBehalfOf != null && onBehalfOf.isBlank()) onBehalfOf = null;
        if (delegationId != null && delegationId.isBlank()) delegationId = null;
    }

    public static Acting self() {
        return new Acting(null, null, List.of());
    }

    public static Acting as(String delegationId) {
        return new Acting(delegationId, null, List.of());
    }
}
