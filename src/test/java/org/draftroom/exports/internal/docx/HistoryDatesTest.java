package org.draftroom.exports.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.draftroom.documents.HistoryEntry;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Text;
import org.draftroom.testkit.TestDocuments;

class HistoryDatesTest {
    private static final NegotiationDocument FIRST = TestDocuments.small("WO/PBC/34/15");
    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant PROPOSED = Instant.parse("2026-12-05T14:30:00Z");

    private static NegotiationDocument second() {
        var proposal = org.draftroom.negotiation.Proposal.inline("p9", org.draftroom.negotiation.ProposalKind.INSERT,
                org.draftroom.negotiation.Actors.of("US"), List.of(), List.of(new Text("new words")));
        return TestDocuments.threeParagraphs(List.of(new Text("a "), proposal));
    }

    private static final List<HistoryEntry> HISTORY = List.of(
            new HistoryEntry("d", 1, CREATED, "seed", null, "create", null, ""),
            new HistoryEntry("d", 2, PROPOSED, "us", null, "propose", "par1", ""));

    @Test
    void a_proposal_is_dated_by_the_revision_that_brought_it_and_an_imported_one_by_its_texts_date() {
        Map<String, Instant> dates = new HistoryDates().upTo(HISTORY, 2, r -> r == 1 ? FIRST : second());
        // imported with a text dated 2021-12-23: made no later than that, not when the file was loaded
        assertThat(dates.get("p1")).isEqualTo(Instant.parse("2021-12-23T00:00:00Z"));
        assertThat(dates.get("pos1")).isEqualTo(Instant.parse("2021-12-23T00:00:00Z"));
        assertThat(dates.get("p9")).isEqualTo(PROPOSED);
    }

    @Test
    void a_text_as_of_an_earlier_revision_knows_nothing_of_later_proposals() {
        Map<String, Instant> dates = new HistoryDates().upTo(HISTORY, 1, r -> r == 1 ? FIRST : second());
        assertThat(dates).containsKey("p1").doesNotContainKey("p9");
    }

    @Test
    void an_issued_version_holds_nothing_dated_after_its_issue() {
        Map<String, Instant> dates = HistoryDates.asIssued(Map.of("p9", PROPOSED), second(), LocalDate.of(2026, 12, 3));
        assertThat(dates.get("p9")).isEqualTo(Instant.parse("2026-12-03T00:00:00Z"));
        assertThat(HistoryDates.asIssued(Map.of("p9", PROPOSED), second(), LocalDate.of(2026, 12, 9)).get("p9"))
                .isEqualTo(PROPOSED);
    }
}
