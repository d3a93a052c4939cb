package org.draftroom.room;

import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.draftroom.audit.AuditTrail;
import org.draftroom.documents.DocumentEdit;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.room.internal.CoSponsoring;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.room.internal.GroupSpeakingStore;
import org.draftroom.room.internal.RoomRules;

/**
 * Consent to co-sponsor, and the rule for speaking on behalf of a group. A delegate naming co-sponsors only asks
 * them; the named delegation (itself, through whoever may speak for the group when a group was asked, or the
 * secretariat recording for it) accepts or declines, and only an accepted co-sponsor is shown as a sponsor.
 */
@Service
public class CoSponsorships {
    private static final String WRITERS = "{'DELEGATE','SECRETARIAT'}";

    private final DocumentService documents;
    private final RoomRules rules;
    private final GroupSpeakingStore groupSpeaking;
    private final AuditTrail audit;

    CoSponsorships(DocumentService documents, RoomRules rules, GroupSpeakingStore groupSpeaking, AuditTrail audit) {
        this.documents = documents;
        this.rules = rules;
        this.groupSpeaking = groupSpeaking;
        this.audit = audit;
    }

    /** The acting delegation (or the group it speaks for, {@code acting.onBehalfOf()}) joins as co-sponsor. */
    @PreAuthorize("@roomRules.allows(#documentId, 'co-sponsor', " + WRITERS + ")")
    public RoomOutcome accept(String documentId, String proposalId, Acting acting) {
        return answer(documentId, proposalId, acting, "accepts to co-sponsor",
                party -> doc -> CoSponsoring.accept(doc, proposalId, party, reason -> rules.refused(documentId, "co-sponsor", reason)));
    }

    /** The acting delegation (or group) declines the request; the proposal stays its proposers'. */
    @PreAuthorize("@roomRules.allows(#documentId, 'co-sponsor', " + WRITERS + ")")
    public RoomOutcome decline(String documentId, String proposalId, Acting acting) {
        return answer(documentId, proposalId, acting, "declines to co-sponsor",
                party -> doc -> CoSponsoring.decline(doc, proposalId, party, reason -> rules.refused(documentId, "co-sponsor", reason)));
    }

    /** The group-speaking rule in force for the document (its own, else the committee's). */
    @PreAuthorize("isAuthenticated()")
    public GroupSpeaking groupSpeaking(String documentId) {
        documents.get(documentId);
        return groupSpeaking.of(documentId);
    }

    /** Secretariat: sets who may speak for a group in this document (coordinators must be members). */
    @PreAuthorize("@roomRules.allows(#documentId, 'group-speaking', {'SECRETARIAT'})")
    public GroupSpeaking setGroupSpeaking(String documentId, GroupSpeaking speaking) {
        documents.get(documentId);
        groupSpeaking.set(documentId, speaking);
        audit.append(rules.user(documentId, "group-speaking").username(), "room-group-speaking", "document " + documentId,
                speaking.rule().wire() + " " + speaking.coordinators());
        return groupSpeaking.of(documentId);
    }

    private interface Change {
        UnaryOperator<NegotiationDocument> forParty(String party);
    }

    private RoomOutcome answer(String documentId, String proposalId, Acting acting, String verb, Change change) {
        return rules.guarded(() -> {
            Actors actors = rules.actorsFor(documentId, "co-sponsor", new Acting(acting.delegationId(), acting.onBehalfOf(), List.of()));
            String party = actors.onBehalfOf() != null ? actors.onBehalfOf() : actors.by().getFirst();
            String holding = DocumentEdits.holding(documents.load(documentId), proposalId);
            StoredDocument out = documents.apply(documentId, new DocumentEdit("co-sponsor", holding, actors,
                    party + " " + verb + " " + proposalId, change.forParty(party), null));
            return new RoomOutcome(documentId, out.revision(), List.of(proposalId), false);
        });
    }
}
