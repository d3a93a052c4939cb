package org.draftroom.exports.internal.akn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.draftroom.exports.AknSchema;
import org.draftroom.testkit.SampleTor;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;

class AknWriterTest {
    private static final Names NAMES = Names.of(org.draftroom.delegations.DelegationRegistry.standard());

    @Test
    void marked_up_terms_of_reference_validate_against_the_akoma_ntoso_schema() throws Exception {
        String xml = new AknWriter(Names.of(org.draftroom.delegations.DelegationRegistry.standard())).write(
                RenditionBuilder.rendition(SampleTor.document(), Names.of(org.draftroom.delegations.DelegationRegistry.standard()), Mode.TRACKED));
        AknSchema.validate(xml);
        assertThat(xml)
                .contains("<FRBRWork><FRBRthis value=\"/akn/un/doc/committee/2021-12-23/WO-PBC-34-15/!main\"/>")
                .contains("<FRBRlanguage language=\"zho\"/>")
                .contains("<TLCOrganization eId=\"PK\" href=\"/akn/ontology/organizations/un/pk\" showAs=\"巴基斯坦\"/>")
                .contains("<paragraph eId=\"sec_B__para_3\"><num>3.</num>")
                .containsPattern("<del eId=\"prop_[^\"]+_del\" refersTo=\"#PK\">和宗旨</del>")
                .contains("<opinion by=\"#AE\" type=\"dissenting\">")
                .contains("alternativeTo=\"sec_B__para_3\"")
                .containsPattern("<ins eId=\"prop_[^\"]+_ins\" refersTo=\"#US\">本次评价的宗旨是进行</ins>");
    }

    @Test
    void every_delegation_holding_a_position_has_its_opinion_and_a_group_spoken_for_is_kept() throws Exception {
        String xml = new AknWriter(NAMES).write(RenditionBuilder.rendition(SampleTor.document(), NAMES, Mode.TRACKED));
        AknSchema.validate(xml);
        assertThat(xml)
                .contains("<opinion by=\"#DZ\" refersTo=\"#AFRICAN_GROUP\" type=\"agreeing\">[阿尔及利亚代表非洲集团支持]</opinion>")
                .contains("<opinion by=\"#PK\" type=\"dissenting\">[巴基斯坦、伊朗伊斯兰共和国不同意]</opinion><opinion by=\"#IR\" type=\"dissenting\"/>");
    }

    @Test
    void a_replacement_is_one_amendment_holding_its_deletion_and_insertion() throws Exception {
        String xml = new AknWriter(NAMES).write(RenditionBuilder.rendition(SampleTor.document(), NAMES, Mode.TRACKED));
        assertThat(xml).containsPattern("<span class=\"replacement\" eId=\"prop_([^\"]+)\"><del eId=\"prop_\\1_del\" "
                + "refersTo=\"#RU\">每个</del><ins eId=\"prop_\\1_ins\" refersTo=\"#RU\">网络</ins></span>");
    }

    @Test
    void a_version_carries_its_own_symbol_date_version_number_and_the_issues_before_it() throws Exception {
        Rendition text = RenditionBuilder.rendition(SampleTor.document(), NAMES, Mode.TRACKED);
        Rendition.Part part = text.parts().getFirst();
        Rendition.HeaderBlock h = part.header();
        Rendition.HeaderBlock v3 = new Rendition.HeaderBlock("WO/PBC/36/12", h.originalLanguage(), "日期：2023年6月23日",
                h.committee(), h.session(), h.sessionDetail(), h.title(), h.preparedBy(), "附件二", LocalDate.of(2023, 6, 23));
        Rendition version = new Rendition(text.language(), text.title(),
                List.of(new Rendition.Part(part.id(), v3, part.body(), part.closing())),
                new Rendition.Identity(3, List.of(new Rendition.Issue(1, "WO/PBC/34/15", null, LocalDate.of(2021, 12, 23)),
                        new Rendition.Issue(2, "WO/PBC/35/7", "附件", LocalDate.of(2023, 5, 26)),
                        new Rendition.Issue(3, "WO/PBC/36/12", "附件二", LocalDate.of(2023, 6, 23)))));
        String xml = new AknWriter(NAMES).write(version);
        AknSchema.validate(xml);
        assertThat(xml)
                .contains("<FRBRWork><FRBRthis value=\"/akn/un/doc/committee/2023-06-23/WO-PBC-36-12/annex/!main\"/>")
                .contains("<FRBRnumber value=\"WO/PBC/36/12\"/>")
                .contains("<FRBRversionNumber value=\"3\"/>")
                .contains("<eventRef eId=\"evt_1\" date=\"2021-12-23\" source=\"#issue_1\" type=\"generation\"/>")
                .contains("<eventRef eId=\"evt_3\" date=\"2023-06-23\" source=\"#issue_3\" type=\"amendment\"/>")
                .contains("showAs=\"WO/PBC/35/7 附件\"")
                .doesNotContain("WO-PBC-34-15/!main");
        assertThat(version.fileStem()).isEqualTo("WO-PBC-36-12-Annex-II_v3");
        assertThat(text.fileStem()).isEqualTo("WO-PBC-34-15");
    }

    @Test
    void clean_text_validates_too() throws Exception {
        AknSchema.validate(new AknWriter(Names.of(org.draftroom.delegations.DelegationRegistry.standard())).write(
                RenditionBuilder.rendition(SampleTor.document(), Names.of(org.draftroom.delegations.DelegationRegistry.standard()), Mode.CLEAN_AGREED)));
    }

    @Test
    void footnotes_stand_where_they_are_referred_to_as_authorial_notes() throws Exception {
        String xml = new AknWriter(NAMES).write(RenditionBuilder.rendition(SampleTor.document(), NAMES, Mode.TRACKED));
        AknSchema.validate(xml);
        assertThat(xml).contains("决定进行<authorialNote marker=\"1\" placement=\"bottom\" eId=\"fnt_1\"><p>A/55/INF/11</p></authorialNote>")
                .doesNotContain("<hcontainer name=\"footnote\"").doesNotContain("<sup>1</sup>");
    }
}
