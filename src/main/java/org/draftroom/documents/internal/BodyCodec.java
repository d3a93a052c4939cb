package org.draftroom.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.json.JsonMapper;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Text;

/**
 * The stored form of a document: JSON for the current state, gzip'd JSON for history snapshots.
 * INTERIM: a plain Jackson mapping of the model records, until the notation module's ModelJson (the
 * documented JSON form) is on main; then {@link #write} and {@link #read} delegate to it.
 */
@Component
public class BodyCodec {
    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(Paragraph.class), @JsonSubTypes.Type(Item.class),
            @JsonSubTypes.Type(Footnote.class), @JsonSubTypes.Type(Statement.class),
            @JsonSubTypes.Type(ProposalBlock.class)})
    private interface BlockTypes {
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(Text.class), @JsonSubTypes.Type(Proposal.class),
            @JsonSubTypes.Type(Placeholder.class), @JsonSubTypes.Type(FootnoteRef.class)})
    private interface InlineTypes {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(Block.class, BlockTypes.class).addMixIn(Inline.class, InlineTypes.class).build();

    public String write(NegotiationDocument doc) {
        return JSON.writeValueAsString(doc);
    }

    public NegotiationDocument read(String json) {
        return JSON.readValue(json, NegotiationDocument.class);
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
