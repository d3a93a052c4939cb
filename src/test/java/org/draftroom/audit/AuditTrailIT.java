package org.draftroom.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.SignedIn;

@DraftroomIT
@SignedIn("admin")
class AuditTrailIT {
    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.draftroom.documents.DocumentService documents;

    @Test
    void each_entry_is_chained_to_the_previous_one() {
        AuditEntry first = trail.append("secretariat", "test", "doc-1", "one");
        AuditEntry second = trail.append("secretariat", "test", "doc-1", "two");
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void concurrent_appends_keep_the_chain_intact() throws Exception {
        List<Callable<AuditEntry>> writers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            int n = i;
            writers.add(() -> trail.append("user" + (n % 8), "concurrent", "doc", "entry " + n));
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var f : pool.invokeAll(writers)) f.get();
        }
        ChainVerification result = trail.verify();
        assertThat(result.intact()).as(result.describe()).isTrue();
    }

    @Test
    void a_tampered_entry_is_reported_as_the_first_broken_link() {
        trail.append("chair", "test", "doc-2", "before");
        AuditEntry victim = trail.append("chair", "test", "doc-2", "original wording");
        trail.append("chair", "test", "doc-2", "after");
        jdbc.sql("update audit_entry set detail = 'forged wording' where seq = ?").param(victim.seq()).update();
        try {
            ChainVerification result = trail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenSeq()).isEqualTo(victim.seq());
        } finally {
            jdbc.sql("update audit_entry set detail = 'original wording' where seq = ?").param(victim.seq()).update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    @SignedIn("secretariat")
    void a_committed_document_change_leaves_an_audit_entry() {
        var doc = new org.draftroom.negotiation.NegotiationDocument("audit-doc",
                org.draftroom.negotiation.DocumentHeader.minimal("TEST/AUDIT/1", "Audit test", "en"),
                java.util.List.of(), java.util.List.of());
        String id = documents.create(doc, "PBC/34");
        documents.apply(id, new org.draftroom.documents.DocumentEdit("audit-test-edit", null, null, "no-op",
                d -> d, null));
        assertThat(trail.latest(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("audit-test-edit");
            assertThat(e.actor()).isEqualTo("secretariat");
            assertThat(e.subject()).contains(id);
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void huge_details_are_clipped_not_refused() {
        AuditEntry entry = trail.append("x", "test", "s", "z".repeat(1_000_000));
        assertThat(entry.detail()).hasSizeLessThanOrEqualTo(4000);
        assertThat(trail.verify().intact()).isTrue();
    }
}
