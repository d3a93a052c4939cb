package org.draftroom.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import org.draftroom.DraftroomIT;
import org.draftroom.audit.AuditEntry;
import org.draftroom.audit.AuditTrail;
import org.draftroom.exports.IssueDetails;
import org.draftroom.exports.VersionService;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.testkit.SignIn;
import org.draftroom.testkit.TestDocuments;

/** The rules of the committee's sessions: who keeps them, what a session must say, what may change later. */
@DraftroomIT
class SessionServiceIT {
    /** Session numbers of this class's own (the database is shared with every other IT). */
    private static final AtomicInteger NUMBER = new AtomicInteger(6000 + (int) (System.nanoTime() % 1000));
    private static final LocalDate MONDAY = LocalDate.of(2027, 6, 21);

    @Autowired
    SessionService sessions;
    @Autowired
    DocumentService documents;
    @Autowired
    VersionService versions;
    @Autowired
    AuditTrail audit;

    private static SessionDraft draft(String symbol) {
        return new SessionDraft(symbol, "Test session", MONDAY, MONDAY.plusDays(4), "Geneva");
    }

    private String newDocument() {
        return SignIn.as("secretariat", () -> documents.create(TestDocuments.tor("TEST/SESSION/" + System.nanoTime()),
                null));
    }

    private static String next() {
        return "PBC/" + NUMBER.incrementAndGet();
    }

    @Test
    void the_secretariat_creates_a_session_under_its_committee_symbol_and_the_trail_records_it() {
        String code = next();
        SessionInfo created = SignIn.as("secretariat", () -> sessions.create(draft("wo/" + code)));

        assertThat(created.code()).isEqualTo(code);
        assertThat(created.committeeCode()).isEqualTo("PBC");
        assertThat(SignIn.as("observer", () -> sessions.sessions())).contains(created);
        AuditEntry entry = SignIn.as("secretariat", () -> audit.latest(200)).stream()
                .filter(e -> e.subject().equals("session " + code)).findFirst().orElseThrow();
        assertThat(entry.actor()).isEqualTo("secretariat");
        assertThat(entry.action()).isEqualTo("session-created");
        assertThat(entry.detail()).contains("2027-06-21 to 2027-06-25", "Geneva");
    }

    @Test
    void a_delegate_or_the_chair_cannot_create_or_edit_a_session() {
        String code = next();
        assertThatThrownBy(() -> SignIn.as("pakistan", () -> sessions.create(draft(code))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignIn.as("chair", () -> sessions.update("PBC/34", draft("PBC/34"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(SignIn.as("secretariat", () -> sessions.exists(code))).isFalse();
    }

    @Test
    void a_session_that_ends_before_it_starts_is_refused_and_nothing_is_stored() {
        String code = next();
        SessionDraft backwards = new SessionDraft(code, null, MONDAY, MONDAY.minusDays(1), null);

        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(backwards)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the session would end (2027-06-20) before it starts (2027-06-21)");
        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(
                new SessionDraft(code, null, MONDAY, null, null))))
                .hasMessage("a session needs its last day");
        assertThat(SignIn.as("secretariat", () -> sessions.exists(code))).isFalse();
    }

    @Test
    void a_symbol_is_a_known_committee_and_a_number_and_is_never_taken_twice() {
        String code = next();
        SignIn.run("secretariat", () -> sessions.create(draft(code)));

        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(draft("WO/" + code))))
                .hasMessage("the session " + code + " already exists");
        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(draft("the next one"))))
                .hasMessageContaining("such as PBC/37 or WO/PBC/37, not 'the next one'");
        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(draft("XYZ/1"))))
                .hasMessageContaining("no committee XYZ (known: ").hasMessageContaining("PBC");
    }

    @Test
    void over_long_fields_are_refused_naming_the_field_and_its_limit() {
        String code = next();
        SessionDraft longName = new SessionDraft(code, "n".repeat(201), MONDAY, MONDAY, null);
        SessionDraft longPlace = new SessionDraft(code, null, MONDAY, MONDAY, "p".repeat(101));
        SessionDraft longSymbol = new SessionDraft("PBC/" + "1".repeat(30), null, MONDAY, MONDAY, null);

        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(longName)))
                .isInstanceOfSatisfying(TextLimits.TooLong.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.limit()).isEqualTo(200);
                    assertThat(e.actual()).isEqualTo(201);
                });
        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(longPlace)))
                .isInstanceOfSatisfying(TextLimits.TooLong.class, e -> assertThat(e.field()).isEqualTo("place"));
        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.create(longSymbol)))
                .isInstanceOfSatisfying(TextLimits.TooLong.class, e -> assertThat(e.limit()).isEqualTo(20));
        assertThat(SignIn.as("secretariat", () -> sessions.exists(code))).isFalse();
    }

    @Test
    void once_a_version_is_issued_at_a_session_its_symbol_stays_but_its_dates_can_be_corrected() {
        String code = next();
        String moved = next();
        SignIn.run("secretariat", () -> sessions.create(draft(code)));
        String doc = newDocument();
        SignIn.run("secretariat", () -> versions.freeze(doc, new IssueDetails(code, "WO/" + code + "/1", MONDAY,
                null, null)));

        assertThatThrownBy(() -> SignIn.as("secretariat", () -> sessions.update(code, draft(moved))))
                .hasMessage("the symbol of " + code + " stays: versions or lists of decisions (1) name it as issued; "
                        + "its name, dates and place can still be corrected");
        SessionInfo corrected = SignIn.as("secretariat", () -> sessions.update(code,
                new SessionDraft(code, "Corrected", MONDAY.plusDays(1), MONDAY.plusDays(3), null)));

        assertThat(corrected.startsOn()).isEqualTo(MONDAY.plusDays(1));
        assertThat(SignIn.as("secretariat", () -> versions.versions(doc)).getFirst().sessionCode()).isEqualTo(code);
        assertThat(SignIn.as("secretariat", () -> sessions.exists(moved))).isFalse();
    }

    @Test
    void a_session_nothing_names_yet_can_take_a_corrected_symbol() {
        String code = next();
        String fixed = next();
        SignIn.run("secretariat", () -> sessions.create(draft(code)));

        SignIn.run("secretariat", () -> sessions.update(code, draft(fixed)));

        assertThat(SignIn.as("observer", () -> sessions.exists(code))).isFalse();
        assertThat(SignIn.as("observer", () -> sessions.exists(fixed))).isTrue();
    }

    @Test
    void a_version_cannot_be_issued_at_a_session_that_does_not_exist() {
        String doc = newDocument();

        assertThatThrownBy(() -> SignIn.as("secretariat", () -> versions.freeze(doc,
                new IssueDetails("PBC/9999", "WO/PBC/9999/1", MONDAY, null, null))))
                .hasMessage("no session PBC/9999: the secretariat creates it under Sessions first");
        assertThat(SignIn.as("secretariat", () -> versions.versions(doc))).isEmpty();
    }
}
