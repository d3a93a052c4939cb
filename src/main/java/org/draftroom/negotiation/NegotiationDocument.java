package org.draftroom.negotiation;

import java.util.List;
import java.util.Objects;

/**
 * A negotiation text as it stands: header plus sections. Immutable; edits produce a new document.
 *
 * @param id       stable id (assigned by persistence; importer uses a fresh one)
 * @param header   symbol, title, language, committee, session, annex label
 * @param preamble blocks before the first section (e.g. the unsectioned paragraph 1 of the seed)
 * @param sections the lettered sections (A. 背景, B. 对象 …)
 */
public record NegotiationDocument(String id, DocumentHeader header, List<Block> preamble, List<Section> sections) {
    public NegotiationDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(header, "header");
        preamble = List.copyOf(preamble);
        sections = List.copyOf(sections);
    }
}
