package org.draftroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.TestDocuments.P5;
import static org.draftroom.testkit.SignIn.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.draftroom.testkit.TestDocuments;
import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.DocumentEdits;

/** Eight delegations writing to the same paragraph at the same moment: every one of their proposals lands. */
@DraftroomIT
class RoomConcurrencyIT {
    static final List<String> USERS = List.of("pakistan", "usa", "russia", "algeria", "india", "china", "japan", "france");
    static final List<String> IDS = List.of("PK", "US", "RU", "DZ", "IN", "CN", "JP", "FR");
    /** Each writer inserts its own word after a different word of paragraph 5, all from the same revision. */
    static final List<String> AFTER = List.of("Based", "above,", "evaluation", "aims", "review", "size", "performance", "external");

    @Autowired
    RoomService room;
    @Autowired
    DocumentService documents;

    @Test
    void eight_concurrent_writers_on_one_paragraph_lose_nothing() throws Exception {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/CONC/" + System.nanoTime()), null));
        long base = as("pakistan", () -> room.wording(doc, "p5")).revision();
        List<String> proposalIds = runTogether(i -> as(USERS.get(i), () -> room.proposeWording(doc, "p5",
                P5.replace(AFTER.get(i), AFTER.get(i) + " w" + i), base, Acting.self()).ids().getFirst()));

        NegotiationDocument after = as("secretariat", () -> documents.load(doc));
        List<Proposal> inserted = Walk.proposals(after);
        assertThat(inserted).hasSize(8).allMatch(p -> p.kind() == ProposalKind.INSERT);
        assertThat(inserted).extracting(Proposal::id).containsExactlyInAnyOrderElementsOf(proposalIds);
        assertThat(inserted).extracting(p -> p.actors().by().getFirst()).containsExactlyInAnyOrderElementsOf(IDS);
        String reading = Walk.plainText(DocumentEdits.content(after, "p5"));
        for (int i = 0; i < 8; i++) assertThat(reading).contains(AFTER.get(i) + " w" + i);
        assertThat(reading.replaceAll(" w\\d", "")).isEqualTo(P5);
        assertThat(as("secretariat", () -> documents.get(doc).revision())).isEqualTo(base + 8);

        String target = proposalIds.getFirst();
        runTogether(i -> as(USERS.get(i), () -> room.statePosition(doc, target,
                i % 2 == 0 ? Position.Stance.SUPPORT : Position.Stance.OPPOSE, "from " + IDS.get(i), Acting.self())));
        Proposal withPositions = DocumentEdits.requireProposal(as("secretariat", () -> documents.load(doc)), target);
        assertThat(withPositions.positions()).extracting(p -> p.actors().by().getFirst()).containsExactlyInAnyOrderElementsOf(IDS);
    }

    interface Writer<T> {
        T write(int index) throws Exception;
    }

    private static <T> List<T> runTogether(Writer<T> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return writer.write(index);
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
