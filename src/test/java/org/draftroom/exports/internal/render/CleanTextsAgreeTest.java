package org.draftroom.exports.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.testkit.ArbitraryDocuments;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.Renderer;

/**
 * Notation's clean texts (the room's clean view) and the exports' clean renditions (DOCX, PDF, AKN) read proposals
 * through the same rules, so on any document they carry the same words and brackets in the same order. Layout
 * (spaces, line breaks, punctuation of labels) differs between formats and is left out of the comparison.
 */
class CleanTextsAgreeTest {
    private static final DelegationRegistry REGISTRY = DelegationRegistry.standard();
    private static final Renderer NOTATION = new Renderer(REGISTRY);
    private static final Names NAMES = Names.of(REGISTRY);

    @Property(tries = 1000)
    void clean_agreed_text_reads_the_same_in_notation_and_in_exports(@ForAll("documents") NegotiationDocument doc) {
        assertThat(exports(doc, Mode.CLEAN_AGREED)).isEqualTo(notation(doc, true));
    }

    @Property(tries = 1000)
    void clean_open_text_reads_the_same_in_notation_and_in_exports(@ForAll("documents") NegotiationDocument doc) {
        assertThat(exports(doc, Mode.CLEAN_OPEN)).isEqualTo(notation(doc, false));
    }

    @Provide
    Arbitrary<NegotiationDocument> documents() {
        return ArbitraryDocuments.documents();
    }

    private static String notation(NegotiationDocument doc, boolean agreedOnly) {
        NegotiationDocument headerOnly = new NegotiationDocument(doc.id(), doc.header(), List.of(), List.of());
        String all = words(agreedOnly ? NOTATION.cleanAgreed(doc) : NOTATION.cleanOpen(doc));
        String header = words(agreedOnly ? NOTATION.cleanAgreed(headerOnly) : NOTATION.cleanOpen(headerOnly));
        assertThat(all).startsWith(header);
        return all.substring(header.length());
    }

    private static String exports(NegotiationDocument doc, Mode mode) {
        StringBuilder out = new StringBuilder();
        for (Node node : RenditionBuilder.rendition(doc, NAMES, mode).parts().getFirst().body()) {
            out.append(RenditionBuilderTest.nodeText(node)).append('\n');
        }
        return words(out.toString());
    }

    /** Letters, digits and brackets, one line per paragraph gone: what a reader reads, without the layout. */
    private static String words(String text) {
        return text.replaceAll("[^\\p{L}\\p{N}\\[\\]]", "");
    }
}
