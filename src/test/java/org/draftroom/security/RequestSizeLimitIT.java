package org.draftroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import org.draftroom.DraftroomIT;
import org.draftroom.testkit.Api;

@DraftroomIT
class RequestSizeLimitIT {
    @Value("${local.server.port}")
    int port;

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return new Api(port).post(path, "secretariat", contentType, body);
    }

    @Test
    void an_oversized_json_body_is_refused_with_413_and_says_the_limit() throws Exception {
        HttpResponse<String> response = post("/api/v1/documents/any/proposals", "application/json",
                new byte[6 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("exceeds the limit of 5242880 bytes");
    }

    @Test
    void an_oversized_upload_is_refused_with_413() throws Exception {
        HttpResponse<String> response = post("/api/v1/documents", "multipart/form-data; boundary=x",
                new byte[21 * 1024 * 1024]);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("20971520");
    }

    @Test
    void a_one_megabyte_body_is_not_refused_for_its_size() throws Exception {
        HttpResponse<String> response = post("/api/v1/documents/any/proposals", "application/json",
                ("{\"text\":\"" + "x".repeat(1024 * 1024) + "\"}").getBytes());
        assertThat(response.statusCode()).isNotEqualTo(413);
    }
}
