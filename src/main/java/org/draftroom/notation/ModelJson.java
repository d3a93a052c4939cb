package org.draftroom.notation;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.notation.internal.json.JsonCodec;
import org.springframework.stereotype.Component;

/**
 * The JSON form of a document, used for persistence and export (described in docs/notation-json.md).
 * {@code read(write(doc))} equals {@code doc}.
 */
@Component
public class ModelJson {
    public String write(NegotiationDocument document) {
        return JsonCodec.write(document);
    }

    /** @throws IllegalArgumentException when the JSON is not a document in this format */
    public NegotiationDocument read(String json) {
        try {
            return JsonCodec.read(json);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("unreadable document JSON: " + e.getOriginalMessage(), e);
        }
    }
}
