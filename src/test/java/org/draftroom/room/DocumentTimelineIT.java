package org.draftroom.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.draftroom.testkit.SignIn.as;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HistoryQuery;
import org.draftroom.security.Role;
import org.draftroom.testkit.TestDocuments;

/** The timeline's reads: pages of a document's history with who typed each change, for every signed-in role. */
@DraftroomIT
class DocumentTimelineIT {
    @Autowired
    DocumentTimeline timeline;
    @Autowired
    DocumentService documents;
    @Autowired
    RoomService room;

    private String withChanges(int canadaItems) {
        String doc = as("secretariat", () -> documents.create(TestDocuments.tor("TEST/TIMELINE/SVC/" + System.nanoTime()), null));
        as("pakistan", () -> room.proposeNewAfter(doc, "p4", "Pakistan's item.", Acting.self()));
        for (int i = 0; i < canadaItems; i++) {
            int n = i;
            as("secretariat", () -> room.proposeNewAfter(doc, "p5", "Canada's item " + n + ".", Acting.as("CA")));
        }
        return doc;
    }

    @Test
    void pages_come_newest_first_and_say_which_role_typed_each_change() {
        String doc = withChanges(3);
        var first = as("observer", () -> timeline.page(doc, HistoryQuery.ALL, 0, 2));
        var rest = as("observer", () -> timeline.page(doc, HistoryQuery.ALL, 2, 10));
        assertThat(first).extracting(TimelineEntry::revision).containsExactly(5L, 4L);
        assertThat(rest).extracting(TimelineEntry::revision).containsExactly(3L, 2L, 1L);
        assertThat(as("observer", () -> timeline.count(doc, HistoryQuery.ALL))).isEqualTo(5);

        TimelineEntry pakistan = rest.get(1);
        assertThat(pakistan.user()).isEqualTo("pakistan");
        assertThat(pakistan.userRole()).isEqualTo(Role.DELEGATE);
        assertThat(pakistan.recordedForOthers()).isFalse();
        assertThat(first.getFirst().userRole()).isEqualTo(Role.SECRETARIAT);
        assertThat(first.getFirst().recordedForOthers()).isTrue();
        assertThat(first.getFirst().onBehalf().by()).containsExactly("CA");
        // the header's line for the revision shown
        assertThat(as("chair", () -> timeline.change(doc, 2))).hasValueSatisfying(e -> assertThat(e.user()).isEqualTo("pakistan"));
        assertThat(as("chair", () -> timeline.change(doc, 99))).isEmpty();
        assertThat(as("chair", () -> timeline.actions(doc))).containsExactly("create", "propose");
    }

    @Test
    void a_delegation_matches_whole_ids_only_and_kinds_combine_with_it() {
        String doc = withChanges(2);
        assertThat(as("observer", () -> timeline.count(doc, new HistoryQuery("CA", Set.of())))).isEqualTo(2);
        assertThat(as("observer", () -> timeline.count(doc, new HistoryQuery("C", Set.of())))).isZero();
        assertThat(as("observer", () -> timeline.count(doc, new HistoryQuery("A", Set.of())))).isZero();
        assertThat(as("observer", () -> timeline.count(doc, new HistoryQuery("CA", Set.of("create"))))).isZero();
        assertThat(as("observer", () -> timeline.page(doc, new HistoryQuery(null, Set.of("create")), 0, 50)))
                .singleElement().satisfies(e -> assertThat(e.revision()).isEqualTo(1));
    }

    @Test
    void bad_pages_unknown_documents_and_anonymous_readers_are_refused() {
        String doc = withChanges(0);
        assertThatThrownBy(() -> as("observer", () -> timeline.page(doc, HistoryQuery.ALL, -1, 10)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as("observer", () -> timeline.page(doc, HistoryQuery.ALL, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as("observer", () -> timeline.page(doc, HistoryQuery.ALL, 0, DocumentService.MAX_PAGE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> as("observer", () -> timeline.page("no-such-document", HistoryQuery.ALL, 0, 10)))
                .isInstanceOf(DocumentNotFoundException.class);
        assertThatThrownBy(() -> timeline.page(doc, HistoryQuery.ALL, 0, 10))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
