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
    void json_that_is_not_a_document_is_refused() {
        assertThatThrownBy(() -> json.read("{\"format\":\"other\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> json.read("{not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
