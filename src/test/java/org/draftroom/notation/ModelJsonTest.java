package org.draftroom.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.draftroom.testkit.SeedTexts;
import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.negotiation.NegotiationDocument;
import org.junit.jupiter.api.Test;

class ModelJsonTest {
    final ModelJson json = new ModelJson();

    @Test
    void the_seed_survives_writing_and_reading_json() {
        NegotiationDocument doc = new NotationImporter(DelegationRegistry.standard())
                .importText(SeedTexts.tor(), ImportOptions.fromHeader()).document();
        String written = json.write(doc);
        assertThat(json.read(written)).isEqualTo(doc);
        assertThat(written).contains("\"kind\" : \"delete\"", "\"by\" : [ \"PK\" ]", "\"kind\" : \"oppose\"");
    }

    @Test
    void co_sponsor_requests_survive_json_and_json_without_them_reads_as_none() {
        NegotiationDocument doc = new NotationImporter(DelegationRegistry.standard())
                .importText("A. 背景\n1. 评价产权组织驻外办事处[“和宗旨”——巴基斯坦]。\n", ImportOptions.fromHeader()).document();
        String plain = json.write(doc);
        assertThat(plain).doesNotContain("coSponsorRequests");
        String asked = plain.replace("\"by\" : [ \"PK\" ],", "\"by\" : [ \"PK\" ], \"coSponsorRequests\" : [ \"US\", \"AFRICAN_GROUP\" ],");
        assertThat(asked).contains("coSponsorRequests");

        NegotiationDocument read = json.read(asked);
        assertThat(org.draftroom.negotiation.Walk.proposals(read)).singleElement().satisfies(p -> {
            assertThat(p.actors().by()).containsExactly("PK");
            assertThat(p.actors().requested()).containsExactly("US", "AFRICAN_GROUP");
        });
        assertThat(json.read(json.write(read))).isEqualTo(read);
        assertThat(org.draftroom.negotiation.Walk.proposals(json.read(plain)).getFirst().actors().requested()).isEmpty();
    }

    @Test
    void json_that_is_not_a_document_is_refused() {
        assertThatThrownBy(() -> json.read("{\"format\":\"other\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.read("{not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
