package org.draftroom.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.ModelJson;

/** The stored form of a document: ModelJson for the current state, gzip'd ModelJson for history snapshots. */
@Component
public class BodyCodec {
    private final ModelJson json;

    BodyCodec(ModelJson json) {
        this.json = json;
    }

    public String write(NegotiationDocument doc) {
        return json.write(doc);
    }

    public NegotiationDocument read(String stored) {
        return json.read(stored);
    }

    public byte[] gzip(String json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length() / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public String gunzip(byte[] bytes) {
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("damaged history snapshot", e);
        }
    }
}
