package org.draftroom.negotiation;

/** Plain text of the base document (not under negotiation, or already agreed). */
public record Text(String text) implements Inline {
    public Text {
        if (text == null) throw new IllegalArgumentException("text is null");
    }
}
