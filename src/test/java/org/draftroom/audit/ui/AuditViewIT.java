package org.draftroom.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.draftroom.testkit.SignIn.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

import org.draftroom.DraftroomIT;
import org.draftroom.KaribuUi;
import org.draftroom.audit.AuditEntry;
import org.draftroom.audit.AuditRecord;
import org.draftroom.audit.AuditTrail;
import org.draftroom.documents.DocumentService;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomService;
import org.draftroom.security.Role;
import org.draftroom.testkit.TestDocuments;

/** The audit view without a browser: sign-ins hidden until asked for, kinds filtered, each entry in words. */
@DraftroomIT
class AuditViewIT {
    @Autowired
    ApplicationContext context;
    @Autowired
    AuditTrail trail;
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;

    @AfterEach
    void tearDown() {
        KaribuUi.tearDown();
    }

    private AuditView open() {
        KaribuUi.signIn(context, "admin", Role.ADMIN);
        UI.getCurrent().navigate("admin/audit");
        return _get(AuditView.class);
    }

    /** The newest rows (the shared trail holds every other test's entries below them). */
    private static List<AuditRecord> top(AuditView view, int n) {
        List<AuditRecord> rows = new ArrayList<>();
        for (int i = 0; i < Math.min(n, GridKt._size(view.grid)); i++) rows.add(GridKt._get(view.grid, i));
        return rows;
    }

    @Test
    void sign_ins_are_hidden_until_asked_for_and_a_kind_filter_keeps_only_that_kind() {
        AuditEntry signIn = trail.append("audit-view-user", "sign-in", "session", "");
        AuditEntry failed = trail.append("audit-view-user", "sign-in-failed", "authentication", "BadCredentialsException");
        AuditView view = open();
        assertThat(top(view, 50)).extracting(r -> r.entry().action()).doesNotContain("sign-in").contains("sign-in-failed");
        assertThat(top(view, 50)).extracting(r -> r.entry().seq()).doesNotContain(signIn.seq());

        view.signIns.setValue(true);
        assertThat(top(view, 50)).extracting(r -> r.entry().seq()).contains(signIn.seq(), failed.seq());

        view.kinds.setValue(Set.of("sign-in-failed"));
        List<AuditRecord> failures = top(view, 50);
        assertThat(failures).isNotEmpty().allSatisfy(r -> assertThat(r.entry().action()).isEqualTo("sign-in-failed"));
        assertThat(failures.getFirst().entry().seq()).isEqualTo(failed.seq());
        assertThat(view.recorded(failures.getFirst())).isEqualTo("authentication: BadCredentialsException");
        assertThat(view.count.getText()).matches("1 entry|[\\d,]+ entries");
    }

    @Test
    void a_document_change_shows_its_document_revision_and_history_line() {
        String symbol = "TEST/AUDITUI/" + System.nanoTime();
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor(symbol), null));
        as("secretariat", () -> room.proposeNewAfter(doc, "p4", "An item the secretariat recorded for Canada.", Acting.as("CA")));
        AuditView view = open();
        AuditRecord change = top(view, 50).stream().filter(r -> doc.equals(r.entry().documentId()) && r.entry().revision() == 2)
                .findFirst().orElseThrow();
        assertThat(change.entry().actor()).isEqualTo("secretariat");
        assertThat(view.recorded(change)).startsWith(symbol + ", revision 2: Canada: ")
                .contains("An item the secretariat recorded for Canada.").doesNotContain(doc);
        AuditRecord created = top(view, 50).stream().filter(r -> doc.equals(r.entry().documentId()) && r.entry().revision() == 1)
                .findFirst().orElseThrow();
        assertThat(view.recorded(created)).isEqualTo(symbol + ", revision 1: " + symbol);
    }
}
