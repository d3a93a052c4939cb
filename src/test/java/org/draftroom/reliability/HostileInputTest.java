package org.draftroom.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.notation.HtmlOptions;
import org.draftroom.notation.ModelJson;
import org.draftroom.notation.Renderer;

/** Whatever a delegate types ends up as inert text in every output, never as markup or script. */
class HostileInputTest {
    static final String SCRIPT = "<script>window.__pwned=1</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned=1\">";
    static final String RTL = "\u202Eevil\u202C";
    static final String ZERO_WIDTH = "a\u200Bb\u200Dc\uFEFF";
    static final String QUOTES = "\"'&</p></div>]]>";

    static List<String> hostile() {
        return List.of(SCRIPT, IMG, RTL, ZERO_WIDTH, QUOTES, "x".repeat(1024 * 1024));
    }

    static NegotiationDocument documentWith(String evil) {
        Proposal proposal = Proposal.inline("x1", ProposalKind.INSERT, Actors.of("PK"), List.of(), List.of(new Text(evil)))
                .withPositions(List.of(new Position("o1", Position.Stance.COMMENT, Actors.of("US"), evil, null)));
        Paragraph paragraph = new Paragraph("p1", true, List.of(new Text(evil), proposal), List.of(), Status.OPEN, false);
        return new NegotiationDocument("hostile", DocumentHeader.minimal("TEST/" + evil.length(), evil, "en"),
                List.of(), List.of(new Section("s1", "A", List.of(new Text(evil)), List.of(paragraph))));
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void html_output_escapes_markup(String evil) {
        String html = new Renderer(DelegationRegistry.standard()).html(documentWith(evil), HtmlOptions.page());
        assertThat(html).doesNotContain("<script>window").doesNotContain("<img src=x");
        if (evil.equals(SCRIPT)) assertThat(html).contains("&lt;script&gt;");
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void json_round_trips_the_exact_characters(String evil) {
        ModelJson json = new ModelJson();
        NegotiationDocument doc = documentWith(evil);
        String written = json.write(doc);
        assertThat(json.read(written)).isEqualTo(doc);
        if (evil.equals(QUOTES)) assertThat(written).contains("\\\"'&");
    }
}
