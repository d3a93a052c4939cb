package org.draftroom.negotiation;

/** A placeholder to be filled in later: {@code {Placeholder}} or "（）". */
public record Placeholder(String name) implements Inline {
}
