package org.draftroom.negotiation;

import java.util.List;

/**
 * A paragraph. Numbered paragraphs get their displayed number from their position (see
 * {@link Numbering}); unnumbered ones are continuation text such as quotations.
 *
 * @param numbered whether it takes a paragraph number
 * @param content  inline text with proposals in place
 * @param items    bullets and lettered/numbered items that belong to it
 * @param status   OPEN while the whole paragraph is in brackets, AGREED once the committee agreed it
 * @param bracketed whether the paragraph as a whole is in brackets ("[1. …]")
 */
public record Paragraph(String id, boolean numbered, List<Inline> content, List<Block> items, Status status,
                        boolean bracketed) implements Block {
    public Paragraph {
        content = List.copyOf(content);
        items = List.copyOf(items);
    }
}
