package org.draftroom.negotiation;

import java.util.List;

/** A footnote; its number is computed from its order in the document. */
public record Footnote(String id, List<Inline> content) implements Block {
    public Footnote {
        content = List.copyOf(content);
    }
}
