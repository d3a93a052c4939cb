package org.draftroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftroom.testkit.TestDocuments.P5;
import static org.draftroom.testkit.SignIn.as;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.ProposalKind;

/**
 * Every room operation tried by every role (and by a delegate acting for someone else): the allowed ones
 * succeed, every other combination is refused with an access-denied error, changes nothing, and is published
 * for the audit trail.
 */
@DraftroomIT
@RecordApplicationEvents
class RoomRulesMatrixIT {
    static final List<String> USERS = List.of("secretariat", "chair", "observer", "admin", "pakistan", "usa");

    @Autowired
    RoomService room;
    @Autowired
    DocumentService documents;
    @Autowired
    CoSponsorships coSponsorships;
    @Autowired
    ApplicationEvents events;

    /**
     * What each cell needs prepared: a document with a Pakistani proposal (asking the United States to co-sponsor),
     * a chair's text drawing on it, paragraph a chair's text replacing p6, then p6 agreed, a new item proposed by the
     * United States and a withdrawn US proposal.
     */
    record Fixture(String doc, String pkProposal, String chairText, String chairOverAgreed, String usItem, String usWithdrawn) {
    }

    /** operation → (who may, how it is done as that user). Secretariat records for PK; delegates act for themselves. */
    private Map<String, Map.Entry<Set<String>, BiConsumer<String, Fixture>>> operations() {
        Map<String, Map.Entry<Set<String>, BiConsumer<String, Fixture>>> ops = new LinkedHashMap<>();
        Set<String> writers = Set.of("secretariat", "pakistan", "usa");
        ops.put("propose wording", Map.entry(writers, (u, f) -> room.proposeWording(f.doc(), "p5", room.wording(f.doc(), "p5").text() + " New.", null, self(u))));
        ops.put("propose for another delegation", Map.entry(Set.of("secretariat"),
                (u, f) -> room.proposeWording(f.doc(), "p5", room.wording(f.doc(), "p5").text() + " New.", null, Acting.as("RU"))));
        ops.put("propose for a group one is not in", Map.entry(Set.of(),
                (u, f) -> room.proposeWording(f.doc(), "p5", room.wording(f.doc(), "p5").text() + " New.", null, new Acting(u.equals("secretariat") ? "PK" : null, "AFRICAN_GROUP", List.of()))));
        ops.put("request brackets", Map.entry(writers, (u, f) -> room.proposeOnSpan(f.doc(), "p5", ProposalKind.REQUEST_BRACKETS, "size", 1, self(u))));
        ops.put("propose new paragraph", Map.entry(writers, (u, f) -> room.proposeNewAfter(f.doc(), "p4", "Added.", self(u))));
        ops.put("propose move", Map.entry(writers, (u, f) -> room.proposeAboutParagraph(f.doc(), "p4", ProposalKind.MOVE, "B", self(u))));
        ops.put("withdraw Pakistan's proposal", Map.entry(Set.of("secretariat", "pakistan"), (u, f) -> room.withdraw(f.doc(), f.pkProposal(), self(u))));
        ops.put("state a position", Map.entry(writers, (u, f) -> room.statePosition(f.doc(), f.pkProposal(), Position.Stance.OPPOSE, null, self(u))));
        ops.put("position for another delegation", Map.entry(Set.of("secretariat"),
                (u, f) -> room.statePosition(f.doc(), f.pkProposal(), Position.Stance.SUPPORT, null, Acting.as("CN"))));
        ops.put("chair's text", Map.entry(Set.of("chair"), (u, f) -> room.postChairText(f.doc(), List.of("p4"), List.of("Alt."), Set.of())));
        ops.put("chair's suggestion", Map.entry(Set.of("chair"), (u, f) -> room.chairSuggestion(f.doc(), "p4", "Move to B", "B")));
        ops.put("accept chair's text", Map.entry(Set.of("chair", "secretariat"), (u, f) -> room.acceptChairText(f.doc(), f.chairText())));
        ops.put("agree paragraph", Map.entry(Set.of("secretariat"), (u, f) -> room.agree(f.doc(), "p4")));
        ops.put("agree proposal", Map.entry(Set.of("secretariat"), (u, f) -> room.agree(f.doc(), f.pkProposal())));
        ops.put("undo agreement", Map.entry(Set.of("secretariat"), (u, f) -> room.undoAgree(f.doc(), "p6")));
        ops.put("edit base text", Map.entry(Set.of("secretariat"), (u, f) -> room.editBase(f.doc(), "p4", "The Committee asked for a draft.", null)));
        ops.put("renumber", Map.entry(Set.of("secretariat"), (u, f) -> room.renumber(f.doc())));
        ops.put("select for the screen", Map.entry(Set.of("chair", "secretariat"), (u, f) -> room.select(f.doc(), "p5")));
        // object-level cases (ASVS 8.2.2): the role may do the operation, but not on this object or for this actor
        ops.put("name another state as co-sponsor (a request)", Map.entry(writers, (u, f) -> room.proposeOnSpan(f.doc(), "p5",
                ProposalKind.EXCLUDE, "size", 1, new Acting(u.equals("secretariat") ? "PK" : null, null, List.of("CN")))));
        ops.put("name the chair as co-sponsor", Map.entry(Set.of(), (u, f) -> room.proposeOnSpan(f.doc(), "p5",
                ProposalKind.EXCLUDE, "size", 1, new Acting(u.equals("secretariat") ? "PK" : null, null, List.of("CHAIR")))));
        ops.put("name the secretariat as co-sponsor", Map.entry(Set.of(), (u, f) -> room.proposeNewAfter(f.doc(), "p4", "Added.",
                new Acting(u.equals("secretariat") ? "PK" : null, null, List.of("SECRETARIAT")))));
        ops.put("accept the co-sponsorship the US was asked for", Map.entry(Set.of("secretariat", "usa"),
                (u, f) -> coSponsorships.accept(f.doc(), f.pkProposal(), u.equals("secretariat") ? Acting.as("US") : Acting.self())));
        ops.put("decline the co-sponsorship the US was asked for", Map.entry(Set.of("secretariat", "usa"),
                (u, f) -> coSponsorships.decline(f.doc(), f.pkProposal(), u.equals("secretariat") ? Acting.as("US") : Acting.self())));
        ops.put("accept a co-sponsorship for the US", Map.entry(Set.of("secretariat", "usa"),
                (u, f) -> coSponsorships.accept(f.doc(), f.pkProposal(), Acting.as("US"))));
        ops.put("speak for one's group without coordinating it", Map.entry(Set.of("secretariat"), (u, f) -> room.proposeOnSpan(f.doc(), "p5",
                ProposalKind.EXCLUDE, "size", 1, new Acting(u.equals("secretariat") ? "PK" : null, u.equals("usa") ? "GROUP_B" : "ASIA_PACIFIC", List.of()))));
        ops.put("set the group-speaking rule", Map.entry(Set.of("secretariat"), (u, f) -> coSponsorships.setGroupSpeaking(f.doc(),
                new GroupSpeaking(GroupSpeaking.Rule.ANY_MEMBER, Map.of()))));
        ops.put("take a delegation's new item as a chair's text", Map.entry(Set.of(), (u, f) -> room.acceptChairText(f.doc(), f.usItem())));
        ops.put("take a delegation's proposal as a chair's text", Map.entry(Set.of(), (u, f) -> room.acceptChairText(f.doc(), f.pkProposal())));
        ops.put("chair's text drawing on a proposal outside it", Map.entry(Set.of(),
                (u, f) -> room.postChairText(f.doc(), List.of("p4"), List.of("Alt."), Set.of(f.pkProposal()))));
        ops.put("take a chair's text replacing agreed text", Map.entry(Set.of("secretariat"), (u, f) -> room.acceptChairText(f.doc(), f.chairOverAgreed())));
        ops.put("position on a withdrawn proposal", Map.entry(Set.of(), (u, f) -> room.statePosition(f.doc(), f.usWithdrawn(),
                Position.Stance.SUPPORT, null, self(u))));
        return ops;
    }

    private static Acting self(String user) {
        return user.equals("secretariat") ? Acting.as("PK") : Acting.self();
    }

    private Fixture fixture() {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/MATRIX/" + System.nanoTime()), null));
        String pk = as("pakistan", () -> room.proposeWording(doc, "p5", P5.replace("the network", "the whole network"), null,
                new Acting(null, null, List.of("US")))).ids().getFirst();
        String chair = as("chair", () -> room.postChairText(doc, List.of("p5"), List.of("Chair's wording."), Set.of(pk))).ids().getFirst();
        String overAgreed = as("chair", () -> room.postChairText(doc, List.of("p6"), List.of("主席的案文。"), Set.of())).ids().getFirst();
        as("secretariat", () -> room.agree(doc, "p6"));
        String item = as("usa", () -> room.proposeNewAfter(doc, "p4", "Added by the US.", Acting.self())).ids().getFirst();
        String withdrawn = as("usa", () -> room.proposeOnSpan(doc, "p5", ProposalKind.RETAIN, "performance", 1, Acting.self())).ids().getFirst();
        as("usa", () -> room.withdraw(doc, withdrawn, Acting.self()));
        return new Fixture(doc, pk, chair, overAgreed, item, withdrawn);
    }

    @Test
    void every_role_may_do_exactly_what_the_rules_allow_and_nothing_else() {
        List<String> wronglyRefused = new ArrayList<>();
        int refusals = 0;
        int cells = 0;
        for (var op : operations().entrySet()) {
            for (String user : USERS) {
                cells++;
                Fixture f = fixture();
                boolean allowed = op.getValue().getKey().contains(user);
                long revision = as("secretariat", () -> documents.get(f.doc()).revision());
                long violationsBefore = events.stream(RuleViolation.class).count();
                if (allowed) {
                    try {
                        as(user, () -> {
                            op.getValue().getValue().accept(user, f);
                            return null;
                        });
                    } catch (RuntimeException e) {
                        wronglyRefused.add(op.getKey() + " as " + user + ": " + e);
                    }
                } else {
                    refusals++;
                    assertThatThrownBy(() -> as(user, () -> {
                        op.getValue().getValue().accept(user, f);
                        return null;
                    })).as(op.getKey() + " as " + user).isInstanceOf(AccessDeniedException.class).hasMessageNotContaining("Access Denied");
                    assertThat(as("secretariat", () -> documents.get(f.doc()).revision())).as(op.getKey() + " as " + user + " left no change")
                            .isEqualTo(revision);
                    assertThat(events.stream(RuleViolation.class).count()).as(op.getKey() + " as " + user + " was published")
                            .isEqualTo(violationsBefore + 1);
                }
            }
        }
        System.out.printf("AUTHZ room-rules operations=%d cells=%d refused=%d wrong=%d%n", operations().size(), cells, refusals,
                wronglyRefused.size());
        assertThat(wronglyRefused).isEmpty();
        assertThat(cells).isEqualTo(operations().size() * USERS.size());
        assertThat(refusals).isGreaterThan(60);
    }
}
