package org.draftroom.room.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import org.draftroom.delegations.Delegation;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;
import org.draftroom.room.Acting;
import org.draftroom.room.GroupSpeaking;
import org.draftroom.room.RoomRuleViolation;
import org.draftroom.room.RuleViolation;
import org.draftroom.security.CurrentUser;
import org.draftroom.security.Role;
import org.draftroom.security.UserAccount;

/**
 * Who may do what in the room. Used from {@code @PreAuthorize} (role per operation) and inside the service
 * (acting for which delegation, group membership). Every refusal is published as a {@link RuleViolation}.
 */
@Component("roomRules")
public class RoomRules {
    private final CurrentUser currentUser;
    private final DelegationRegistry delegations;
    private final ApplicationEventPublisher events;
    private final GroupSpeakingStore groupSpeaking;

    RoomRules(CurrentUser currentUser, DelegationRegistry delegations, ApplicationEventPublisher events,
              GroupSpeakingStore groupSpeaking) {
        this.currentUser = currentUser;
        this.delegations = delegations;
        this.events = events;
        this.groupSpeaking = groupSpeaking;
    }

    /** For {@code @PreAuthorize}: passes when the user has one of the roles, else refuses with a clear message. */
    public boolean allows(String documentId, String operation, List<String> roles) {
        RoomRuleViolation refusal;
        try {
            UserAccount user = user(documentId, operation);
            if (roles.contains(user.role().name())) return true;
            refusal = refused(documentId, operation, reasonFor(user.role(), operation));
        } catch (RoomRuleViolation notSignedIn) {
            refusal = notSignedIn;
        }
        publish(refusal);
        throw refusal;
    }

    private static String reasonFor(Role role, String operation) {
        return switch (role) {
            case OBSERVER -> "observers read only: '" + operation + "' is not open to them";
            case DELEGATE -> switch (operation) {
                case "agree", "undo-agree" -> "a delegation cannot mark text agreed; that is the secretariat's";
                case "edit-base", "renumber" -> "a delegation cannot edit the base text; propose wording instead";
                case "chair-text", "chair-suggestion" -> "only the chair writes chair's texts and suggestions";
                case "group-speaking" -> "only the secretariat sets who may speak on behalf of a group";
                default -> "a delegation may not '" + operation + "'";
            };
            case CHAIR -> "the chair does not '" + operation + "' as a delegation; post a chair's text or suggestion";
            case SECRETARIAT, ADMIN -> "the role " + role.name().toLowerCase() + " may not '" + operation + "' in the room";
        };
    }

    public UserAccount user(String documentId, String operation) {
        try {
            return currentUser.require();
        } catch (AccessDeniedException e) {
            throw refused(documentId, operation, "nobody is signed in");
        }
    }

    /**
     * The actors of a proposal or position: a delegate speaks only for its own delegation; the secretariat
     * records for any named delegation. A group must count the delegation among its members, and a delegate
     * speaks for it only as the document's group-speaking rule allows. Co-sponsors named by a delegate are
     * requests the named delegations accept or decline (not sponsors until then); the secretariat records
     * co-sponsors directly. Only states and groups co-sponsor: never the chair, secretariat or committee.
     */
    public Actors actorsFor(String documentId, String operation, Acting acting) {
        UserAccount user = user(documentId, operation);
        String delegation = switch (user.role()) {
            case DELEGATE -> {
                if (acting.delegationId() != null && !acting.delegationId().equals(user.delegationId())) {
                    throw refused(documentId, operation, "a delegate acts only for its own delegation ("
                            + user.delegationId() + "), not for " + acting.delegationId());
                }
                yield user.delegationId();
            }
            case SECRETARIAT -> {
                if (acting.delegationId() == null) {
                    throw new IllegalArgumentException("name the delegation whose words the secretariat records");
                }
                yield acting.delegationId();
            }
            case CHAIR, OBSERVER, ADMIN -> throw refused(documentId, operation, reasonFor(user.role(), operation));
        };
        Delegation speaker = known(delegation);
        if (speaker.kind() != Delegation.Kind.STATE && speaker.kind() != Delegation.Kind.GROUP) {
            throw new IllegalArgumentException(delegation + " is not a delegation");
        }
        if (acting.onBehalfOf() != null) checkGroup(documentId, operation, user.role(), delegation, acting.onBehalfOf());
        LinkedHashSet<String> coSponsors = new LinkedHashSet<>();
        for (String co : acting.coSponsors()) {
            Delegation d = known(co);
            if (d.kind() != Delegation.Kind.STATE && d.kind() != Delegation.Kind.GROUP) {
                throw refused(documentId, operation, d.id() + " cannot co-sponsor a delegation's proposal: only member states and groups do");
            }
            if (!d.id().equals(delegation) && !d.id().equals(acting.onBehalfOf())) coSponsors.add(d.id());
        }
        List<String> by = new ArrayList<>();
        by.add(delegation);
        if (user.role() == Role.SECRETARIAT) {
            by.addAll(coSponsors);
            return new Actors(by, acting.onBehalfOf());
        }
        return new Actors(by, acting.onBehalfOf(), new ArrayList<>(coSponsors));
    }

    private void checkGroup(String documentId, String operation, Role role, String delegation, String groupId) {
        Delegation group = known(groupId);
        if (group.kind() != Delegation.Kind.GROUP) throw new IllegalArgumentException(group.id() + " is not a group");
        if (!delegations.membersOf(group.id()).contains(delegation)) {
            throw refused(documentId, operation, delegation + " is not a member of " + group.id()
                    + " and cannot speak on its behalf");
        }
        GroupSpeaking rule = groupSpeaking.of(documentId);
        if (role == Role.DELEGATE && !rule.lets(delegation, group.id())) {
            List<String> coordinators = rule.coordinators().getOrDefault(group.id(), List.of());
            throw refused(documentId, operation, "the committee lets only the coordinator of " + group.id() + " speak on its behalf ("
                    + (coordinators.isEmpty() ? "none named" : String.join(", ", coordinators))
                    + "); " + delegation + " speaks for itself, or the secretariat records the statement");
        }
    }

    private Delegation known(String id) {
        return delegations.byId(id).orElseThrow(() -> new IllegalArgumentException("unknown delegation " + id));
    }

    /** The delegation a withdrawal or position is for, by the same rules as {@link #actorsFor}. */
    public String delegationFor(String documentId, String operation, Acting acting) {
        return actorsFor(documentId, operation, new Acting(acting.delegationId(), null, List.of())).by().getFirst();
    }

    /** A refusal (not yet published: the service publishes once nothing is left in flight). */
    public RoomRuleViolation refused(String documentId, String operation, String reason) {
        return new RoomRuleViolation(documentId, operation, reason);
    }

    public void publish(RoomRuleViolation violation) {
        String who = currentUser.get().map(UserAccount::username).orElse("anonymous");
        String role = currentUser.get().map(u -> u.role().name()).orElse(null);
        events.publishEvent(new RuleViolation(violation.documentId(), who, role, violation.operation(),
                violation.getMessage(), Instant.now()));
    }

    /** Runs room work; a refusal it finds (not one by {@code @PreAuthorize}) is published, then rethrown. */
    public <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RoomRuleViolation refusal) {
            publish(refusal);
            throw refusal;
        }
    }
}
