package org.draftroom.notation.internal.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.draftroom.notation.internal.reading.Attribution.Range;
import org.draftroom.notation.internal.reading.Scanner.Chars;
import org.draftroom.notation.internal.reading.Scanner.Group;
import org.draftroom.notation.internal.reading.Scanner.Node;

/**
 * A bracket's content as one string for the grammar, each nested bracket standing as {@link Grammar#GROUP}.
 * Keeps each character's source offset so that ranges go back to spans (and line:column) cheaply.
 */
final class Flat {
    private final String text;
    private final int[] offsets;
    private final Group[] groups;

    private Flat(String text, int[] offsets, Group[] groups) {
        this.text = text;
        this.offsets = offsets;
        this.groups = groups;
    }

    static Flat of(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        int size = 0;
        for (Node node : nodes) size += node instanceof Chars c ? c.span().text().length() : 1;
        int[] offsets = new int[size];
        Group[] groups = new Group[size];
        int at = 0;
        for (Node node : nodes) {
            switch (node) {
                case Chars c -> {
                    text.append(c.span().text());
                    System.arraycopy(c.span().offsets(), 0, offsets, at, c.span().text().length());
                    at += c.span().text().length();
                }
                case Group g -> {
                    text.append(Grammar.GROUP);
                    offsets[at] = g.whole().offsetAt(0);
                    groups[at++] = g;
                }
            }
        }
        return new Flat(text.toString(), offsets, groups);
    }

    String text() {
        return text;
    }

    /** The nested bracket standing at {@code index}, or null for a character. */
    Group groupAt(int index) {
        return groups[index];
    }

    /** The nodes of a range, nested brackets kept as brackets. */
    List<Node> nodes(Range r) {
        List<Node> out = new ArrayList<>();
        int run = r.from();
        for (int i = r.from(); i < r.to(); i++) {
            if (groups[i] == null) continue;
            if (run < i) out.add(chars(run, i));
            out.add(groups[i]);
            run = i + 1;
        }
        if (run < r.to()) out.add(chars(run, r.to()));
        return out;
    }

    private Chars chars(int from, int to) {
        return new Chars(new Span(text.substring(from, to), Arrays.copyOfRange(offsets, from, to)));
    }

    /** The source text of a range, nested brackets included. */
    String source(Range r) {
        StringBuilder out = new StringBuilder();
        for (int i = r.from(); i < r.to(); i++) {
            out.append(groups[i] != null ? groups[i].whole().text() : String.valueOf(text.charAt(i)));
        }
        return out.toString();
    }
}
