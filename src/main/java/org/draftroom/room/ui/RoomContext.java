package org.draftroom.room.ui;

import java.util.function.Function;

import org.springframework.stereotype.Component;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentService;
import org.draftroom.notation.Renderer;
import org.draftroom.room.CoSponsorships;
import org.draftroom.room.DocumentTimeline;
import org.draftroom.room.RoomService;
import org.draftroom.security.CurrentUser;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;

/** The services the room's components work with, handed around as one. */
@Component
class RoomContext {
    private final RoomService room;
    private final DocumentService documents;
    private final DelegationRegistry delegations;
    private final Renderer renderer;
    private final CurrentUser currentUser;
    private final RoomBroadcaster broadcaster;
    private final CoSponsorships coSponsorships;
    private final DocumentTimeline timeline;

    RoomContext(RoomService room, DocumentService documents, DelegationRegistry delegations, Renderer renderer,
                CurrentUser currentUser, RoomBroadcaster broadcaster, CoSponsorships coSponsorships,
                DocumentTimeline timeline) {
        this.timeline = timeline;
        this.coSponsorships = coSponsorships;
        this.room = room;
        this.documents = documents;
        this.delegations = delegations;
        this.renderer = renderer;
        this.currentUser = currentUser;
        this.broadcaster = broadcaster;
    }

    public RoomService room() {
        return room;
    }

    public DocumentTimeline timeline() {
        return timeline;
    }

    public CoSponsorships coSponsorships() {
        return coSponsorships;
    }

    public DocumentService documents() {
        return documents;
    }

    public DelegationRegistry delegations() {
        return delegations;
    }

    public Renderer renderer() {
        return renderer;
    }

    public RoomBroadcaster broadcaster() {
        return broadcaster;
    }

    public UserAccount user() {
        return currentUser.require();
    }

    public boolean is(Role role) {
        return currentUser.get().map(u -> u.role() == role).orElse(false);
    }

    /** Delegates and the secretariat (recording for a delegation) propose and state positions. */
    public boolean speaks() {
        return is(Role.DELEGATE) || is(Role.SECRETARIAT);
    }

    /** Human words (names, paragraph numbers) for what the text holds, for confirmations and lineage. */
    public org.draftroom.room.internal.Describe describe(org.draftroom.negotiation.NegotiationDocument doc, java.util.Locale locale) {
        return new org.draftroom.room.internal.Describe(doc, id -> delegations.displayName(id, locale));
    }

    /** "Pakistan" / "Algeria on behalf of the African Group" with co-sponsors, in the reader's language. */
    public String names(org.draftroom.negotiation.Actors actors, java.util.Locale locale, Function<String, String> t) {
        if (actors == null || !actors.attributed()) return t.apply("room.unattributed");
        return ChangeWords.names(actors, delegations, locale, t);
    }
}
