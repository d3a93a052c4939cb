package org.draftroom.documents;

import org.draftroom.testkit.TestDocuments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalApplicationListener;

import org.draftroom.DraftroomIT;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Walk;
import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.SignedIn;

@DraftroomIT
class DocumentServiceIT {
    @Autowired
    DocumentService documents;
    @Autowired
    ConfigurableApplicationContext context;

    @Test
    @SignedIn("secretariat")
    void a_created_document_loads_back_as_it_was_stored_under_a_fresh_id() {
        NegotiationDocument original = TestDocuments.small("TEST/CREATE/1");
        String id = documents.create(original, "PBC/34");

        NegotiationDocument loaded = documents.load(id);
        assertThat(loaded.id()).isEqualTo(id).isNotEqualTo(original.id());
        assertThat(loaded.header()).isEqualTo(original.header());
        assertThat(loaded.sections()).isEqualTo(original.sections());
        StoredDocument stored = documents.get(id);
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored.sessionCode()).isEqualTo("PBC/34");
        assertThat(stored.createdBy()).isEqualTo("secretariat");
        assertThat(documents.list()).contains(
                new DocumentSummary(id, "TEST/CREATE/1", "职权范围初稿", "zh", "PBC/34", 1));
        assertThat(documents.history(id, null)).singleElement()
                .satisfies(h -> assertThat(h.action()).isEqualTo("create"));
    }

    @Test
    @SignedIn("secretariat")
    void readers_share_one_decoded_state_until_a_change_is_committed() {
        String id = documents.create(TestDocuments.small("TEST/SHARED/1"), null);
        NegotiationDocument first = documents.load(id);
        assertThat(documents.load(id)).isSameAs(first);

        assertThatThrownBy(() -> documents.apply(id, new DocumentEdit("edit", "para-1", null, null, d -> {
            throw new IllegalArgumentException("refused half way");
        }, null))).hasMessageContaining("half way");
        assertThat(documents.load(id)).isSameAs(first);

        StoredDocument next = documents.apply(id, new DocumentEdit("edit", "para-1", null, null,
                d -> TestDocuments.withText(d, "para-1", "第二版"), null));
        NegotiationDocument reread = documents.load(id);
        assertThat(reread).isSameAs(next.document()).isNotEqualTo(first);
        assertThat(text(reread, "para-1")).isEqualTo("第二版");
    }

    @Test
    @SignedIn("secretariat")
    void readers_see_a_state_the_database_could_not_hold_as_it_holds_it() {
        String id = documents.create(TestDocuments.small("TEST/SHARED/2"), null);
        documents.apply(id, new DocumentEdit("edit", "para-1", null, null,
                d -> TestDocuments.withText(d, "para-1", "half \uD800 a character"), null));
        // what a restart would read back, not the state the edit produced
        assertThat(text(documents.load(id), "para-1")).isEqualTo("half ? a character");
    }

    @Test
    @SignedIn("secretariat")
    void a_nul_character_in_a_title_is_refused_with_the_field_and_nothing_is_stored() {
        // PostgreSQL's text cannot hold U+0000; both databases refuse it the same way (ADR 0014)
        int before = documents.list().size();
        NegotiationDocument doc = TestDocuments.small("TEST/NUL/1");
        NegotiationDocument withNul = new NegotiationDocument(doc.id(), new DocumentHeader(doc.header().symbol(),
                "a title\u0000with NUL", "zh", "zh", null, null, null, null, null, null), doc.preamble(), doc.sections());
        assertThatThrownBy(() -> documents.create(withNul, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("title: character 8 is U+0000 (NUL), which cannot be stored; remove it");
        assertThat(documents.list()).hasSize(before);
    }

    @Test
    @SignedIn("secretariat")
    void an_unknown_session_is_refused_and_nothing_is_stored() {
        int before = documents.list().size();
        assertThatThrownBy(() -> documents.create(TestDocuments.small("TEST/SESSION/1"), "PBC/99"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PBC/99");
        assertThat(documents.list()).hasSize(before);
    }

    @Test
    @SignedIn("secretariat")
    void each_edit_adds_a_revision_whose_state_can_be_shown_later() {
        String id = documents.create(TestDocuments.small("TEST/HISTORY/1"), null);

        StoredDocument second = documents.apply(id, new DocumentEdit("edit", "para-1", Actors.of("PK"),
                "Pakistan's wording", d -> TestDocuments.withText(d, "para-1", "第二版"), 1L));
        StoredDocument third = documents.apply(id, new DocumentEdit("edit", "para-3", null, null,
                d -> TestDocuments.withText(d, "para-3", "第三版"), null));

        assertThat(second.revision()).isEqualTo(2);
        assertThat(third.revision()).isEqualTo(3);
        assertThat(text(documents.asOf(id, 1), "para-1")).isEqualTo("评价产权组织驻外办事处将根据产权组织成员国的决定进行。");
        assertThat(text(documents.asOf(id, 2), "para-1")).isEqualTo("第二版");
        assertThat(text(documents.asOf(id, 2), "para-3")).isEqualTo("评价的对象是整个驻外办事处网络。");
        assertThat(documents.asOf(id, 3)).isEqualTo(documents.load(id));

        List<HistoryEntry> history = documents.history(id, null);
        assertThat(history).extracting(HistoryEntry::revision).containsExactly(1L, 2L, 3L);
        HistoryEntry edit = history.get(1);
        assertThat(edit.actor()).isEqualTo("secretariat");
        assertThat(edit.onBehalf()).isEqualTo(Actors.of("PK"));
        assertThat(edit.summary()).isEqualTo("Pakistan's wording");
        assertThat(documents.history(id, "para-3")).extracting(HistoryEntry::revision).containsExactly(3L);
        assertThatThrownBy(() -> documents.asOf(id, 4)).isInstanceOf(DocumentNotFoundException.class);
    }

    @Test
    @SignedIn("secretariat")
    void an_edit_of_a_stale_revision_is_a_conflict_and_changes_nothing() {
        String id = documents.create(TestDocuments.small("TEST/CONFLICT/1"), null);
        documents.apply(id, new DocumentEdit("edit", "para-1", null, null,
                d -> TestDocuments.withText(d, "para-1", "先到"), 1L));

        assertThatThrownBy(() -> documents.apply(id, new DocumentEdit("edit", "para-1", null, null,
                d -> TestDocuments.withText(d, "para-1", "后到"), 1L)))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.expectedRevision()).isEqualTo(1);
                    assertThat(e.actualRevision()).isEqualTo(2);
                });
        assertThat(text(documents.load(id), "para-1")).isEqualTo("先到");
        assertThat(documents.get(id).revision()).isEqualTo(2);
        assertThat(documents.history(id, null)).hasSize(2);
    }

    @Test
    @SignedIn("secretariat")
    void a_change_that_fails_leaves_no_trace() {
        String id = documents.create(TestDocuments.small("TEST/FAIL/1"), null);
        assertThatThrownBy(() -> documents.apply(id, new DocumentEdit("edit", "para-1", null, null, d -> {
            throw new IllegalArgumentException("no such paragraph");
        }, null))).hasMessage("no such paragraph");
        assertThat(documents.get(id).revision()).isEqualTo(1);
        assertThat(documents.history(id, null)).hasSize(1);
    }

    @Test
    @SignedIn("secretariat")
    void a_change_may_not_swap_the_document_for_another() {
        String id = documents.create(TestDocuments.small("TEST/SWAP/1"), null);
        assertThatThrownBy(() -> documents.apply(id, new DocumentEdit("edit", null, null, null,
                d -> TestDocuments.small("OTHER"), null))).isInstanceOf(IllegalArgumentException.class);
        assertThat(documents.get(id).revision()).isEqualTo(1);
    }

    @Test
    @SignedIn("secretariat")
    void eight_writers_at_once_lose_no_update() throws Exception {
        String id = documents.create(TestDocuments.small("TEST/CONCURRENT/1"), null);
        int writers = 8;
        int editsEach = 10;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Void>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            tasks.add(() -> {
                SignIn.in("writer" + writer);
                start.await();
                for (int e = 0; e < editsEach; e++) {
                    String paragraph = "w" + writer + "-e" + e;
                    documents.apply(id, new DocumentEdit("add", paragraph, null, null,
                            d -> TestDocuments.withParagraph(d, paragraph, paragraph), null));
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(writers)) {
            List<Future<Void>> results = tasks.stream().map(pool::submit).toList();
            start.countDown();
            for (Future<Void> f : results) f.get();
        }

        NegotiationDocument result = documents.load(id);
        List<String> added = Walk.blocks(result).stream().filter(b -> b instanceof Paragraph)
                .map(b -> b.id()).filter(i -> i.startsWith("w")).toList();
        assertThat(added).hasSize(writers * editsEach).doesNotHaveDuplicates();
        assertThat(documents.get(id).revision()).isEqualTo(1 + writers * editsEach);
        List<HistoryEntry> history = documents.history(id, null);
        assertThat(history).extracting(HistoryEntry::revision)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, 1 + writers * editsEach).boxed().toList());
        assertThat(history.stream().map(HistoryEntry::actor).distinct()).hasSize(writers + 1);
    }

    @Test
    @SignedIn("chair")
    void listeners_hear_of_a_change_once_it_is_committed() {
        String id = create("TEST/EVENTS/1");
        List<DocumentChanged> heard = new CopyOnWriteArrayList<>();
        List<Long> revisionSeenByListener = new CopyOnWriteArrayList<>();
        var listener = TransactionalApplicationListener.forPayload(TransactionPhase.AFTER_COMMIT,
                (DocumentChanged e) -> {
                    if (!e.documentId().equals(id)) return;
                    heard.add(e);
                    revisionSeenByListener.add(documents.get(id).revision());
                });
        context.addApplicationListener(listener);
        try {
            documents.apply(id, new DocumentEdit("propose", "para-2", Actors.of("US"), null,
                    d -> TestDocuments.withText(d, "para-2", "新"), null));
            assertThatThrownBy(() -> documents.apply(id, new DocumentEdit("propose", "para-2", null, null,
                    d -> TestDocuments.withText(d, "para-2", "旧"), 1L))).isInstanceOf(EditConflictException.class);
        } finally {
            context.removeApplicationListener(listener);
        }
        assertThat(heard).singleElement().satisfies(e -> {
            assertThat(e.revision()).isEqualTo(2);
            assertThat(e.actor()).isEqualTo("chair");
            assertThat(e.action()).isEqualTo("propose");
            assertThat(e.blockId()).isEqualTo("para-2");
        });
        assertThat(revisionSeenByListener).containsExactly(2L);
    }

    @Test
    @SignedIn("pakistan")
    void only_the_secretariat_creates_documents() {
        assertThatThrownBy(() -> documents.create(TestDocuments.small("TEST/DENIED/1"), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @SignedIn("observer")
    void observers_read_but_never_write() {
        String id = create("TEST/OBSERVER/1");
        assertThat(documents.load(id).header().symbol()).isEqualTo("TEST/OBSERVER/1");
        assertThatThrownBy(() -> documents.apply(id, new DocumentEdit("edit", null, null, null, d -> d, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(documents.get(id).revision()).isEqualTo(1);
    }

    @Test
    void nobody_reads_without_signing_in() {
        assertThatThrownBy(() -> documents.list()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    /** Creates a document as the secretariat, whoever the test runs as. */
    private String create(String symbol) {
        return SignIn.as("secretariat", () -> documents.create(TestDocuments.small(symbol), null));
    }

    private static String text(NegotiationDocument doc, String paragraphId) {
        return Walk.blocks(doc).stream().filter(b -> b.id().equals(paragraphId)).map(b -> (Paragraph) b)
                .map(p -> Walk.plainText(p.content())).findFirst().orElseThrow();
    }
}
