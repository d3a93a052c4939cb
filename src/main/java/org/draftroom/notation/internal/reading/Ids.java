package org.draftroom.notation.internal.reading;

/** Fresh ids for one import: short, readable, unique within the document. */
final class Ids {
    private int next;

    String next(String prefix) {
        return prefix + (++next);
    }

    static String footnote(int printed) {
        return "fn" + printed;
    }
}
