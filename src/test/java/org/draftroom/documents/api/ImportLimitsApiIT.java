package org.draftroom.documents.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.draftroom.DraftroomIT;
import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.testkit.Api;
import org.draftroom.testkit.SignIn;

/** Header fields longer than their columns are a 400 naming the field and the limit, never a database error (finding 6). */
@DraftroomIT
class ImportLimitsApiIT {
    static final String SMALL = "TEST/LIMITS/IMPORT\n原文：英文\n\n测试文件\n\n1. 评价产权组织驻外办事处将根据产权组织成员国的决定进行。\n";
    @LocalServerPort
    int port;
    @Autowired
    DocumentService documents;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    private HttpResponse<String> upload(Map<String, String> fields) throws Exception {
        return api.upload("/api/v1/documents", "secretariat", fields, "small.txt", SMALL.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_symbol_over_one_hundred_characters_is_a_400_naming_the_field_and_the_limit() throws Exception {
        int before = SignIn.as("secretariat", () -> documents.list()).size();
        HttpResponse<String> r = upload(Map.of("language", "zh", "symbol", "WO/PBC/" + "9".repeat(TextLimits.SYMBOL)));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"symbol\"").contains("\"limit\":100").contains("more than the limit of 100");
        assertThat(SignIn.as("secretariat", () -> documents.list())).hasSize(before);
    }

    @Test
    void a_title_over_one_thousand_characters_is_a_400_and_one_at_the_limit_is_stored() throws Exception {
        HttpResponse<String> tooLong = upload(Map.of("language", "zh", "title", "职权范围".repeat(250) + "初"));
        HttpResponse<String> atLimit = upload(Map.of("language", "zh", "title", "职权范围".repeat(250)));

        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.body()).contains("\"field\":\"title\"").contains("\"limit\":1000");
        assertThat(atLimit.statusCode()).as(atLimit.body()).isEqualTo(201);
    }

    @Test
    void a_document_created_with_a_title_longer_than_its_column_is_refused_before_anything_is_written() {
        DocumentHeader header = DocumentHeader.minimal("TEST/LIMITS/CREATE", "t".repeat(TextLimits.TITLE + 1), "en");
        NegotiationDocument doc = new NegotiationDocument("x", header, List.of(), List.of(new Section("s", "A", List.of(),
                List.of(new Paragraph("p1", true, List.of(new Text("Text.")), List.of(), Status.OPEN, false)))));
        assertThatThrownBy(() -> SignIn.as("secretariat", () -> documents.create(doc, null)))
                .isInstanceOf(TextLimits.TooLong.class).hasMessageContaining("title has 1001 characters");
    }
}
