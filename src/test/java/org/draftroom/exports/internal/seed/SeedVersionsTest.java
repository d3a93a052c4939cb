package org.draftroom.exports.internal.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.draftroom.exports.AknSchema;
import org.draftroom.testkit.SeedTexts;
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

    /** Every change in the comparison, as (type, text). */
    private static List<String> changes(Comparator.Result result) {
        return changed(result).stream().flatMap(p -> p.runs().stream()).filter(r -> r instanceof Run.Change)
                .map(r -> ((Run.Change) r).type() + " " + Run.text(((Run.Change) r).runs())).toList();
    }

    @Test
    void annex_ii_of_pbc36_differs_from_pbc35_only_in_the_closing_bracket_after_paragraph_28() {
        Comparator.Result result = Comparator.compare(pbc34, pbc36, null, NAMES, PBC36, null);
        assertThat(result.summary().paragraphsMoved()).isZero();
        assertThat(result.summary().paragraphsChanged()).isZero();
        // the doubled "]]" closing paragraph 28 in PBC/35 lost one bracket in PBC/36; the two added lines are the
        // page header the PDF extraction left inside the annex ("WO/PBC/36/12", "附件二第 11页")
        assertThat(changes(result)).containsExactlyInAnyOrder("DELETE ]", "INSERT WO/PBC/36/12", "INSERT 附件二第 11页");
    }

    @Test
    void one_paragraph_compares_alone() {
        String bracket = changed(Comparator.compare(pbc34, pbc36, null, NAMES, PBC36, null)).stream()
                .filter(p -> Run.text(p.runs()).equals("]")).findFirst().orElseThrow().id();
        Comparator.Result only = Comparator.compare(pbc34, pbc36, bracket, NAMES, PBC36, null);
        assertThat(only.part().body()).hasSize(1);
        assertThat(only.summary().paragraphsRemoved()).isEqualTo(1);
    }

    @Test
    void the_marked_up_terms_of_reference_validate_as_akoma_ntoso() throws Exception {
        String xml = new AknWriter(NAMES).write(RenditionBuilder.rendition(pbc34, NAMES, Mode.TRACKED));
        AknSchema.validate(xml);
        assertThat(xml).contains("<TLCOrganization eId=\"PK\"").contains("<opinion by=\"#")
                .containsPattern("<del eId=\"prop_[^\"]+_del\" refersTo=\"#RU\">");
    }
}
