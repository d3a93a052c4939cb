package org.draftroom.exports.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.draftroom.exports.AknSchema;
import org.draftroom.exports.SeedTexts;
import org.draftroom.exports.internal.akn.AknWriter;
import org.draftroom.exports.internal.compare.Comparator;
import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.NegotiationDocument;

/** The real terms of reference: WO/PBC/34/15 (= the Annex of WO/PBC/35/7) and Annex II of WO/PBC/36/12. */
class SeedVersionsTest {
    static NegotiationDocument pbc34;
    static NegotiationDocument pbc36;
    static final Names NAMES = Names.of(SeedTexts.REGISTRY);
    static final Author PBC36 = new Author("V3", "WO/PBC/36/12", List.of());

    @BeforeAll
    static void importVersions() {
        pbc34 = SeedTexts.tor3415();
        pbc36 = SeedTexts.tor3612Annex2();
    }

    private static List<Node.Para> changed(Comparator.Result result) {
        return result.part().body().stream().filter(n -> n instanceof Node.Para).map(n -> (Node.Para) n)
                .filter(p -> p.runs().stream().anyMatch(r -> r instanceof Run.Change)).toList();
    }

    @Test
    void annex_ii_of_pbc36_differs_from_pbc35_only_in_the_closing_bracket_of_paragraph_28() {
        Comparator.Result result = Comparator.compare(pbc34, pbc36, null, NAMES, PBC36, null);
        assertThat(result.summary().paragraphsRemoved()).isZero();
        assertThat(result.summary().paragraphsMoved()).isZero();
        assertThat(result.summary().paragraphsChanged()).isEqualTo(1);
        Node.Para p28 = changed(result).stream().filter(p -> p.label().equals("28.")).findFirst().orElseThrow();
        assertThat(p28.runs()).filteredOn(r -> r instanceof Run.Change)
                .containsExactly(new Run.Change(Run.Type.DELETE, PBC36, null, List.of(Run.plain("]"))));
        // whatever else differs is the page header the PDF extraction left inside the annex ("附件二第 11页")
        assertThat(changed(result)).filteredOn(p -> !p.label().equals("28."))
                .allSatisfy(p -> assertThat(Run.text(p.runs())).matches("WO/PBC/36/12|附件二第 11页"));
    }

    @Test
    void one_paragraph_compares_alone() {
        String id28 = changed(Comparator.compare(pbc34, pbc36, null, NAMES, PBC36, null)).stream()
                .filter(p -> p.label().equals("28.")).findFirst().orElseThrow().id();
        Comparator.Result only = Comparator.compare(pbc34, pbc36, id28, NAMES, PBC36, null);
        assertThat(only.part().body()).hasSize(1);
        assertThat(only.summary().paragraphsChanged()).isEqualTo(1);
    }

    @Test
    void the_marked_up_terms_of_reference_validate_as_akoma_ntoso() throws Exception {
        String xml = new AknWriter(NAMES).write(RenditionBuilder.rendition(pbc34, NAMES, Mode.TRACKED));
        AknSchema.validate(xml);
        assertThat(xml).contains("<TLCOrganization eId=\"PK\"").contains("<opinion by=\"#")
                .contains("<del refersTo=\"#RU\">");
    }
}
