package org.draftroom.notation.internal;

import java.util.ArrayList;
import java.util.List;
import org.draftroom.notation.internal.Attribution.Range;
import org.draftroom.notation.internal.Scanner.Chars;
import org.draftroom.notation.internal.Scanner.Group;
import org.draftroom.notation.internal.Scanner.Node;

/** A bracket's content as one string for the grammar, each nested bracket standing as {@link Grammar#GROUP}. */
record Flat(String text, List<Object> units) {
    static Flat of(List<Node> nodes) {
        StringBuilder text = new StringBuilder();
        List<Object> units = new ArrayList<>();
        for (Node node : nodes) {
            switch (node) {
                case Chars c -> {
                    for (int i = 0; i < c.span().text().length(); i++) {
                        text.append(c.span().text().charAt(i));
                        units.add(c.span().sub(i, i + 1));
                    }
                }
                case Group g -> {
                    text.append(Grammar.GROUP);
                    units.add(g);
                }
            }
        }
        return new Flat(text.toString(), units);
    }

    /** The nodes of a range, nested brackets kept as brackets. */
    List<Node> nodes(Range r) {
        List<Node> out = new ArrayList<>();
        Span run = null;
        for (int i = r.from(); i < r.to(); i++) {
            Object u = units.get(i);
            if (u instanceof Span s) {
                run = run == null ? s : run.append(s);
            } else {
                if (run != null) out.add(new Chars(run));
                run = null;
                out.add((Group) u);
            }
        }
        if (run != null) out.add(new Chars(run));
        return out;
    }

    /** The source text of a range, nested brackets included. */
    String source(Range r) {
        StringBuilder out = new StringBuilder();
        for (int i = r.from(); i < r.to(); i++) {
            Object u = units.get(i);
            out.append(u instanceof Span s ? s.text() : ((Group) u).whole().text());
        }
        return out.toString();
    }
}
