package org.draftroom.exports.internal.akn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.draftroom.exports.AknSchema;
import org.draftroom.testkit.SampleTor;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.RenditionBuilder;

class AknWriterTest {
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
                .contains("<del refersTo=\"#PK\">和宗旨</del>")
                .contains("<opinion by=\"#AE\" type=\"dissenting\">")
                .contains("alternativeTo=\"sec_B__para_3\"")
                .contains("<ins refersTo=\"#US\">本次评价的宗旨是进行</ins>")
                .contains("<opinion by=\"#AFRICAN_GROUP\" type=\"agreeing\">[阿尔及利亚代表非洲集团支持]</opinion>");
    }

    @Test
    void clean_text_validates_too() throws Exception {
        AknSchema.validate(new AknWriter(Names.of(org.draftroom.delegations.DelegationRegistry.standard())).write(
                RenditionBuilder.rendition(SampleTor.document(), Names.of(org.draftroom.delegations.DelegationRegistry.standard()), Mode.CLEAN_AGREED)));
    }
}
