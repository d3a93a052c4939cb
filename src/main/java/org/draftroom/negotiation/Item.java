package org.draftroom.negotiation;

import java.util.List;

/**
 * A bullet (•, −) or a lettered/numbered item ((a), (1)). The marker style is kept; the letter or number is
 * computed from position for {@link Marker#LETTER}, {@link Marker#NUMBER} and {@link Marker#ROMAN}.
 */
public record Item(String id, Marker marker, List<Inline> content, List<Block> items, boolean bracketed)
        implements Block {
    public Item {
        content = List.copyOf(content);
        items = List.copyOf(items);
    }

    public enum Marker { BULLET, DASH, LETTER, NUMBER, ROMAN }
}
