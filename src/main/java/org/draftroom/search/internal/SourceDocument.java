package org.draftroom.search.internal;

import org.draftroom.negotiation.NegotiationDocument;

/**
 * A text as handed to the index: the model plus what storage knows about it. Either a document's working text
 * ({@code version} 0, with its revision) or one of its frozen versions (number 1, 2, … as the exports module
 * keeps them, with the session it was issued at and its label, e.g. "v2 · WO/PBC/35/7 附件 · 2023-05-26").
 * Each is one unit of the index, replaced as a whole.
 */
public record SourceDocument(NegotiationDocument document, String sessionCode, long revision, int version,
                             String versionLabel) {
    /** The version facet's value for working texts. */
    public static final String CURRENT = "current";

    public SourceDocument {
        if (version < 0) throw new IllegalArgumentException("version numbers start at 1");
        versionLabel = versionLabel == null ? "" : versionLabel;
    }

    /** A document's working text. */
    public SourceDocument(NegotiationDocument document, String sessionCode, long revision) {
        this(document, sessionCode, revision, 0, "");
    }

    /** A frozen version: the text as issued at a session. */
    public static SourceDocument version(NegotiationDocument text, int number, String sessionCode, String label) {
        if (number < 1) throw new IllegalArgumentException("version numbers start at 1");
        return new SourceDocument(text, sessionCode, 0, number, label);
    }

    public String id() {
        return document.id();
    }

    public boolean isVersion() {
        return version > 0;
    }

    /** "current" or the version number, as in the version facet and filter. */
    public String versionValue() {
        return isVersion() ? Integer.toString(version) : CURRENT;
    }

    /** The key its index entries are replaced by. */
    String unit() {
        return unit(id(), version);
    }

    static String unit(String documentId, int version) {
        return (version > 0 ? "v" + version : "c") + ":" + documentId;
    }

    public String session() {
        if (sessionCode != null && !sessionCode.isBlank()) return sessionCode;
        String printed = document.header().session();
        return printed == null ? "" : printed;
    }
}
