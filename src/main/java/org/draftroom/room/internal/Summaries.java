package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Section;
import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.WordDiff.Change;

/** History summaries of a word-level edit, and the secretariat's relabelling of sections. */
public final class Summaries {
    private Summaries() {
    }

    /** "insert “x”; replace “a” by “b”" for the history line of an edit. */
    public static String changes(List<Token> base, List<Change> changes) {
        List<String> parts = new ArrayList<>();
        for (Change c : changes) {
            String before = Tokens.plain(base.subList(c.start(), c.end())).strip();
            String after = Tokens.plain(c.replacement()).strip();
            parts.add(c.isInsert() ? "insert “" + after + "”" : c.isDelete() ? "delete “" + before + "”"
                    : "replace “" + before + "” by “" + after + "”");
        }
        return String.join("; ", parts);
    }

    /** Sections relabelled A, B, C … in their current order, keeping a suffix such as "bis" or ".". */
    public static NegotiationDocument relabelSections(NegotiationDocument doc) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < doc.sections().size(); i++) {
            Section s = doc.sections().get(i);
            String suffix = s.label().replaceAll("^[A-Za-z]+", "");
            sections.add(new Section(s.id(), Numbering.sectionLabel(i) + suffix, s.heading(), s.blocks()));
        }
        return new NegotiationDocument(doc.id(), doc.header(), doc.preamble(), sections);
    }
}
