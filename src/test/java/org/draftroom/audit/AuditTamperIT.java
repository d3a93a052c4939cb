package org.draftroom.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.draftroom.DraftroomIT;
import org.draftroom.audit.internal.ChainAnchor;
import org.draftroom.documents.DocumentService;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.testkit.TestDocuments;

/**
 * Someone with write access to the database tampers with the trail or the texts it records; each way is found,
 * at the first entry that is wrong. Every test puts the rows back (the context is shared). The bytewise actor
 * swap in the database file itself is {@code org.draftroom.reliability.DatabaseFileTamperIT}. Before the trail
 * covered revisions and was anchored outside the table, all three verified "intact".
 */
@DraftroomIT
class AuditTamperIT {
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentService documents;
    @Autowired
    ChainAnchor anchor;
    @Autowired
    RoomService room;

    String doc;

    @BeforeEach
    void a_document_with_a_few_changes() throws Exception {
        doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/TAMPER/" + System.nanoTime()), null));
        for (int i = 0; i < 4; i++) {
            String word = "edit-" + i;
            as("pakistan", () -> room.proposeNewAfter(doc, "p4", word, Acting.as("PK")));
        }
        awaitCheckpointAtHead();
        assertThat(verify().intact()).as(verify().describe()).isTrue();
    }

    @Test
    void an_entry_rewritten_with_every_later_hash_recomputed_is_found_at_that_entry() {
        List<Map<String, Object>> saved = rows("select * from audit_entry where seq >= ? order by seq", entryOf(2));
        long victim = entryOf(2);
        try {
            // the forger rewrites the entry and recomputes its hash and every later one, and the head
            String previous = jdbc.sql("select hash from audit_entry where seq = ?").param(victim - 1).query(String.class).single();
            for (AuditEntry e : as("admin", () -> trail.latest(100_000)).reversed()) {
                if (e.seq() < victim) continue;
                AuditEntry forged = new AuditEntry(e.seq(), e.at(), e.seq() == victim ? "usa" : e.actor(), e.action(),
                        e.subject(), e.detail(), e.documentId(), e.revision(), e.stateHash(), previous, null, e.mac());
                String hash = AuditTrail.hash(forged);
                jdbc.sql("update audit_entry set actor = ?, previous_hash = ?, hash = ? where seq = ?")
                        .params(forged.actor(), previous, hash, e.seq()).update();
                previous = hash;
            }
            jdbc.sql("update audit_chain_head set hash = ? where id = 1").param(previous).update();
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).as(result.describe()).isEqualTo(victim);
            assertThat(result.reason()).contains("MAC");
        } finally {
            restore(saved);
        }
        assertThat(verify().intact()).as(verify().describe()).isTrue();
    }

    @Test
    void a_cut_tail_is_found_at_the_first_missing_entry() {
        long last = head();
        List<Map<String, Object>> saved = rows("select * from audit_entry where seq > ? order by seq", last - 10);
        String headHash = jdbc.sql("select hash from audit_chain_head").query(String.class).single();
        try {
            jdbc.sql("delete from audit_entry where seq > ?").param(last - 10).update();
            String newLast = jdbc.sql("select hash from audit_entry where seq = ?").param(last - 10).query(String.class).single();
            jdbc.sql("update audit_chain_head set seq = ?, hash = ? where id = 1").params(last - 10, newLast).update();
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).as(result.describe()).isEqualTo(last - 9);
            assertThat(result.reason()).contains("checkpoint");
        } finally {
            jdbc.sql("delete from audit_entry where seq > ?").param(last - 10).update();
            restore(saved);
            jdbc.sql("update audit_chain_head set seq = ?, hash = ? where id = 1").params(last, headHash).update();
        }
        assertThat(verify().intact()).as(verify().describe()).isTrue();
    }

    @Test
    void a_rewritten_revision_is_found_at_the_entry_that_recorded_it() throws Exception {
        // the history row: whom the change was made for
        jdbc.sql("update document_revision set on_behalf_by = 'US' where document_id = ? and revision = 3").param(doc).update();
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).as(result.describe()).isEqualTo(entryOf(3));
            assertThat(result.reason()).contains("revision 3 of document " + doc);
        } finally {
            jdbc.sql("update document_revision set on_behalf_by = 'PK' where document_id = ? and revision = 3").param(doc).update();
        }
        // the stored text: the snapshot of revision 1 rewritten (later deltas then rebuild other texts too)
        byte[] original = jdbc.sql("select snapshot from document_revision where document_id = ? and revision = 1")
                .param(doc).query((rs, i) -> rs.getBytes(1)).single();
        String forged = gunzip(original).replace("The Committee requested a draft.", "The Committee rejected a draft.");
        jdbc.sql("update document_revision set snapshot = ? where document_id = ? and revision = 1").params(gzip(forged), doc).update();
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).as(result.describe()).isEqualTo(entryOf(1));
        } finally {
            jdbc.sql("update document_revision set snapshot = ? where document_id = ? and revision = 1").params(original, doc).update();
        }
        assertThat(verify().intact()).as(verify().describe()).isTrue();
    }

    @Test
    void a_swapped_actor_in_the_current_text_is_found_at_the_entry_of_the_latest_revision() {
        // the ToR opens with Pakistan's proposal pA1 in the text the row holds; one more change after it
        String tor = as("secretariat", () -> documents.create(TestDocuments.termsOfReference("x"), null));
        long revision = as("pakistan", () -> room.proposeNewAfter(tor, "p2", "one more", Acting.as("PK"))).revision();
        String original = jdbc.sql("select body from document where id = ?").param(tor).query(String.class).single();
        // ModelJson writes "by" : [ "PK" ]; the same number of bytes, as a swap in the file would be
        jdbc.sql("update document set body = replace(body, '\"by\" : [ \"PK\" ]', '\"by\" : [ \"US\" ]') where id = ?")
                .param(tor).update();
        assertThat(jdbc.sql("select body from document where id = ?").param(tor).query(String.class).single())
                .contains("\"by\" : [ \"US\" ]");
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).as(result.describe()).isEqualTo(entryOf(tor, revision));
            assertThat(result.reason()).contains("current text of document " + tor);
        } finally {
            jdbc.sql("update document set body = ? where id = ?").params(original, tor).update();
        }
        assertThat(verify().intact()).as(verify().describe()).isTrue();
    }

    @Test
    void a_revision_without_its_entry_is_named() {
        long next = as("secretariat", () -> documents.get(doc).revision()) + 1;
        // a revision slipped into the history table (as a change that skipped the trail would leave it)
        jdbc.sql("""
                insert into document_revision (document_id, revision, at, actor, action, summary, snapshot, delta)
                select document_id, ?, at, actor, action, summary, snapshot, delta from document_revision
                where document_id = ? and revision = 1""").params(next, doc).update();
        try {
            ChainVerification result = verify();
            assertThat(result.intact()).as(result.describe()).isFalse();
            assertThat(result.reason()).as(result.describe())
                    .contains("revision " + next + " of document " + doc + " has no audit entry");
        } finally {
            jdbc.sql("delete from document_revision where document_id = ? and revision = ?").params(doc, next).update();
        }
    }

    private ChainVerification verify() {
        return as("admin", () -> trail.verify());
    }

    private long entryOf(long revision) {
        return entryOf(doc, revision);
    }

    private long entryOf(String document, long revision) {
        return jdbc.sql("select seq from audit_entry where document_id = ? and revision = ?").params(document, revision)
                .query(Long.class).single();
    }

    private long head() {
        return jdbc.sql("select seq from audit_chain_head").query(Long.class).single();
    }

    private void awaitCheckpointAtHead() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (anchor.read().map(ChainAnchor.Checkpoint::seq).orElse(-1L) < head()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("checkpoint not written");
            Thread.sleep(20);
        }
    }

    private List<Map<String, Object>> rows(String sql, long param) {
        return jdbc.sql(sql).param(param).query().listOfRows();
    }

    private void restore(List<Map<String, Object>> saved) {
        for (Map<String, Object> row : saved) {
            jdbc.sql("delete from audit_entry where seq = ?").param(row.get("SEQ")).update();
            jdbc.sql("""
                    insert into audit_entry (seq, at, actor, action, subject, detail, document_id, revision, state_hash,
                        previous_hash, hash, mac) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.get("SEQ"), row.get("AT"), row.get("ACTOR"), row.get("ACTION"), row.get("SUBJECT"),
                            row.get("DETAIL"), row.get("DOCUMENT_ID"), row.get("REVISION"), row.get("STATE_HASH"),
                            row.get("PREVIOUS_HASH"), row.get("HASH"), row.get("MAC"))
                    .update();
        }
        long last = saved.stream().mapToLong(r -> ((Number) r.get("SEQ")).longValue()).max().orElse(0);
        if (last == head()) {
            jdbc.sql("update audit_chain_head set hash = ? where id = 1")
                    .param(jdbc.sql("select hash from audit_entry where seq = ?").param(last).query(String.class).single()).update();
        }
    }

    private static String gunzip(byte[] bytes) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
