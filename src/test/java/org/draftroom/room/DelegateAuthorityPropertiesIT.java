package org.draftroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestContextManager;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.TestDocuments;

/**
 * Issue 12, "no sequence of calls by a delegate changes another delegation's proposals or names": generated
 * sequences of room calls by random delegates (acting for others, for groups, naming co-sponsors, on random ids,
 * and trying the chair's and the secretariat's operations) against a copy of the seed ToR or a generated
 * document. After every step, each proposal its caller does not own is as it was except for the caller's own
 * positions and the caller's own co-sponsorship (accepted, declined or taken off); new proposals and positions
 * are the caller's alone; a call that fails changes nothing. Spring's test context is shared with the other ITs
 * (TestContextManager, since jqwik runs outside the Jupiter extension).
 */
@DraftroomIT
class DelegateAuthorityPropertiesIT {
    static final Map<String, String> DELEGATES = Map.of("pakistan", "PK", "usa", "US", "russia", "RU", "algeria", "DZ",
            "nigeria", "NG", "ghana", "GH", "iran", "IR", "china", "CN", "uae", "AE", "switzerland", "CH");
    static final List<String> NAMES = List.of("PK", "US", "RU", "DZ", "NG", "CN", "FR", "AFRICAN_GROUP", "GROUP_B",
            "ASIA_PACIFIC", "CHINA_GROUP", "CHAIR", "SECRETARIAT", "COMMITTEE");
    static final AtomicInteger STEPS = new AtomicInteger();
    static final AtomicInteger CHANGED = new AtomicInteger();
    static final AtomicInteger TRIES = new AtomicInteger();
    static String seedId;

    @Autowired
    RoomService room;
    @Autowired
    CoSponsorships coSponsorships;
    @Autowired
    DocumentService documents;

    private void inject() throws Exception {
        if (room == null) new TestContextManager(getClass()).prepareTestInstance(this);
    }

    @Property(tries = 20, maxDiscardRatio = 1)
    void on_a_copy_of_the_seed_no_delegate_changes_another_delegations_proposals_or_names(
            @ForAll("sequences") List<RoomCalls.Call> calls) throws Exception {
        inject();
        if (seedId == null) {
            seedId = TestDocuments.seedTor(documents);
        }
        NegotiationDocument seed = as("secretariat", () -> documents.load(seedId));
        check(copy(seed, "TEST/PROP/SEED/"), List.of(), calls);
    }

    @Property(tries = 150, maxDiscardRatio = 1)
    void on_a_generated_document_no_delegate_changes_another_delegations_proposals_or_names(
            @ForAll("preludes") List<RoomCalls.Call> prelude, @ForAll("sequences") List<RoomCalls.Call> calls) throws Exception {
        inject();
        check(copy(org.draftroom.testkit.TestDocuments.tor("x"), "TEST/PROP/GEN/"), prelude, calls);
    }

    @AfterContainer
    static void report() {
        System.out.printf("PROPERTY delegate-authority tries=%d steps=%d changing-steps=%d%n", TRIES.get(), STEPS.get(), CHANGED.get());
    }

    private String copy(NegotiationDocument doc, String prefix) {
        DocumentHeader h = doc.header();
        DocumentHeader header = new DocumentHeader(prefix + System.nanoTime(), h.title(), h.language(), h.originalLanguage(),
                h.date(), h.committee(), h.session(), h.sessionDetail(), h.preparedBy(), h.annexLabel());
        return as("secretariat", () -> documents.create(new NegotiationDocument(doc.id(), header, doc.preamble(), doc.sections()), null));
    }

    private void check(String doc, List<RoomCalls.Call> prelude, List<RoomCalls.Call> calls) {
        TRIES.incrementAndGet();
        RoomCalls runner = new RoomCalls(room, coSponsorships, documents, DELEGATES);
        for (RoomCalls.Call call : prelude) runner.run(doc, call);
        List<String> done = new ArrayList<>();
        for (RoomCalls.Call call : calls) {
            NegotiationDocument before = as("secretariat", () -> documents.load(doc));
            long revision = as("secretariat", () -> documents.get(doc).revision());
            String outcome = runner.run(doc, call);
            done.add(call + " -> " + outcome);
            NegotiationDocument after = as("secretariat", () -> documents.load(doc));
            STEPS.incrementAndGet();
            String caller = DELEGATES.get(call.user());
            if (!outcome.equals("ok")) {
                assertThat(as("secretariat", () -> documents.get(doc).revision())).as("a failed call changes nothing: %s", done).isEqualTo(revision);
                continue;
            }
            CHANGED.incrementAndGet();
            // a coordinator answering for its group moves the group's name too: that name is the caller's to move
            // when, and only when, the document's group-speaking rule lets the caller speak for that group
            GroupSpeaking speaking = as("secretariat", () -> coSponsorships.groupSpeaking(doc));
            Set<String> mine = call.group() != null && speaking.lets(caller, call.group())
                    ? Set.of(caller, call.group()) : Set.of(caller);
            assertUntouched(before, after, caller, mine, done);
        }
    }

    /**
     * Every proposal not owned by {@code caller} unchanged but for the names it may answer for ({@code mine}: its own,
     * and a group it may speak for) and its positions.
     */
    static void assertUntouched(NegotiationDocument before, NegotiationDocument after, String caller, Set<String> mine,
                                List<String> done) {
        Map<String, Proposal> now = new HashMap<>();
        Walk.proposals(after).forEach(p -> now.put(p.id(), p));
        Set<String> positionsBefore = new java.util.HashSet<>();
        Map<String, Proposal> was = new HashMap<>();
        for (Proposal p : Walk.proposals(before)) {
            was.put(p.id(), p);
            p.positions().forEach(x -> positionsBefore.add(x.id()));
            if (owner(p).equals(caller)) continue;
            Proposal q = now.get(p.id());
            assertThat(q).as("%s's proposal %s is still there after %s", owner(p), p.id(), done).isNotNull();
            assertThat(fingerprint(q, mine)).as("%s's proposal %s after %s", owner(p), p.id(), done).isEqualTo(fingerprint(p, mine));
        }
        for (Proposal q : now.values()) {
            if (!was.containsKey(q.id())) {
                assertThat(q.actors().by()).as("new proposal %s after %s", q.id(), done).containsExactly(caller);
                assertThat(q.actors().requested()).as("requested on %s", q.id()).doesNotContain("CHAIR", "SECRETARIAT", "COMMITTEE", caller);
            }
            for (Position x : q.positions()) {
                if (!positionsBefore.contains(x.id())) assertThat(x.actors().by()).as("new position on %s after %s", q.id(), done).containsExactly(caller);
            }
        }
    }

    private static String owner(Proposal p) {
        return p.actors().by().isEmpty() ? "" : p.actors().by().getFirst();
    }

    /** What others own in a proposal: everything but the caller's names among sponsors, requests and positions. */
    static String fingerprint(Proposal p, Set<String> mine) {
        List<String> positions = new ArrayList<>();
        for (Position x : p.positions()) {
            List<String> by = x.actors().by().stream().filter(d -> !mine.contains(d)).toList();
            if (!by.isEmpty()) positions.add(x.id() + " " + x.stance() + " " + by + " " + x.actors().onBehalfOf() + " " + x.text() + " " + x.agreesWith());
        }
        return String.join(" | ", p.kind().wire(), p.status().wire(),
                p.actors().by().stream().filter(d -> !mine.contains(d)).toList().toString(), String.valueOf(p.actors().onBehalfOf()),
                p.actors().requested().stream().filter(d -> !mine.contains(d)).toList().toString(), String.valueOf(p.label()),
                String.valueOf(p.destination()), p.targetIds().toString(), Walk.plainText(p.target()), Walk.plainText(p.text()),
                positions.toString());
    }

    @Provide
    Arbitrary<List<RoomCalls.Call>> sequences() {
        Arbitrary<String> users = Arbitraries.of(List.copyOf(DELEGATES.keySet()));
        return call(users).list().ofMinSize(1).ofMaxSize(14);
    }

    @Provide
    Arbitrary<List<RoomCalls.Call>> preludes() {
        return call(Arbitraries.just("secretariat")).list().ofMinSize(3).ofMaxSize(12);
    }

    private static Arbitrary<RoomCalls.Call> call(Arbitrary<String> users) {
        Arbitrary<RoomCalls.Op> ops = Arbitraries.of(RoomCalls.Op.class);
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 1000);
        Arbitrary<String> forWhom = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just((String) null)), net.jqwik.api.Tuple.of(1, Arbitraries.of(NAMES)));
        Arbitrary<String> group = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.just((String) null)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("AFRICAN_GROUP", "GROUP_B", "ASIA_PACIFIC", "CHINA_GROUP", "CACEEC")));
        Arbitrary<List<String>> coSponsors = Arbitraries.of(NAMES).list().ofMaxSize(3)
                .injectDuplicates(0.1).edgeCases(c -> c.add(List.of()));
        return Combinators.combine(users, ops, index, index, forWhom, group, coSponsors)
                .as((u, op, a, b, who, g, co) -> new RoomCalls.Call(u, op, a, b, who, g, co));
    }
}
