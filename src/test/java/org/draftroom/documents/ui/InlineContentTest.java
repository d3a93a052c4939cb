package org.draftroom.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Text;

class InlineContentTest {
    private static final ReadingContext CTX = ReadingContext.of(
            new NegotiationDocument("d", DocumentHeader.minimal("X/1", "t", "en"), List.of(), List.of()),
            DelegationRegistry.standard(), Locale.ENGLISH, key -> switch (key) {
                case "documents.attribution.dash" -> " – ";
                case "documents.attribution.colon" -> ": ";
                case "documents.positions.separator" -> "; ";
                default -> key.substring(key.lastIndexOf('.') + 1);
            });

    private static String html(List<Inline> inlines, boolean bracketed) {
        return InlineContent.of(inlines, CTX, bracketed).getElement().getProperty("innerHTML");
    }

    @Test
    void a_proposal_is_one_run_of_html_with_its_brackets_attribution_and_positions() {
        Proposal deletion = Proposal.inline("p1", ProposalKind.DELETE, Actors.of("PK"), List.of(new Text("and purpose")), List.of())
                .withPositions(List.of(new Position("x1", Position.Stance.OPPOSE, Actors.of("AE"), null, null)));
        String html = html(List.of(new Text("The scope "), deletion, new Text(" aims")), false);

        assertThat(html).startsWith("The scope <span class=\"proposal proposal-delete status-open\" data-proposal=\"p1\">")
                .contains("<del class=\"proposal-target\">and purpose</del>", "Pakistan: delete", "position position-oppose")
                .endsWith("</span> aims");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).body().wholeText())
                .isEqualTo("The scope [and purpose – Pakistan: delete; United Arab Emirates: oppose] aims");
    }

    /**
     * The attribution is in the UI's language, the text around it in the document's: its words are isolated with
     * dir=auto (an Arabic attribution in a Chinese text keeps its order and leaves the closing bracket in place),
     * the dash stays outside, beside the words it follows.
     */
    @Test
    void an_attributions_words_are_isolated_and_its_dash_is_not() {
        Proposal deletion = Proposal.inline("p1", ProposalKind.DELETE, Actors.of("PK"), List.of(new Text("和宗旨")), List.of())
                .withPositions(List.of(new Position("x1", Position.Stance.OPPOSE, Actors.of("AE"), null, null)));
        var attribution = org.jsoup.Jsoup.parseBodyFragment(html(List.of(deletion), false)).selectFirst("span.attribution");
        assertThat(attribution.ownText()).isEqualTo("–");
        var words = attribution.selectFirst("> span.attribution-words");
        assertThat(words.attr("dir")).isEqualTo("auto");
        assertThat(words.wholeText()).isEqualTo("Pakistan: delete; United Arab Emirates: oppose");
    }

    @Test
    void positions_listed_under_a_proposal_block_start_without_a_separator() {
        var positions = List.of(new Position("x1", Position.Stance.OPPOSE, Actors.of("PK"), null, null),
                new Position("x2", Position.Stance.SUPPORT, Actors.of("IR"), null, null));
        String html = InlineContent.positions(positions, CTX).getElement().getProperty("innerHTML");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).body().wholeText()).isEqualTo("Pakistan: opposeIran (Islamic Republic of): support");
    }

    @Test
    void words_that_look_like_markup_stay_words() {
        String hostile = "<img src=x onerror=alert(1)> & \"quoted\" '\u202Eevil";
        Proposal p = Proposal.inline("p\"><script>", ProposalKind.INSERT, Actors.of("US"), List.of(), List.of(new Text(hostile)));
        String html = html(List.of(new Text(hostile), p), true);

        assertThat(html).doesNotContain("<img", "<script", "\"quoted\"")
                .contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;", "data-proposal=\"p&quot;&gt;&lt;script&gt;\"");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(html).body().wholeText()).startsWith("[" + hostile).endsWith("]");
    }
}
