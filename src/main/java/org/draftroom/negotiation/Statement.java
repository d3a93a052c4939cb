package org.draftroom.negotiation;

import java.util.List;

/**
 * What a delegation said about the text without proposing wording ("俄罗斯联邦：第 5 段假定…"), a margin
 * comment left by a word processor ("批注 [作者1]: …"), or a note of the secretariat.
 */
public record Statement(String id, StatementKind kind, Actors actors, List<Inline> text, Notation notation)
        implements Block {
    public Statement {
        text = List.copyOf(text);
    }

    /** Without a presentation hint. */
    public Statement(String id, StatementKind kind, Actors actors, List<Inline> text) {
        this(id, kind, actors, text, null);
    }

    public enum StatementKind { STATEMENT, MARGIN_COMMENT, NOTE }
}
