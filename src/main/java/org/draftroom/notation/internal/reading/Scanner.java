package org.draftroom.notation.internal.reading;

import java.util.ArrayList;
import java.util.List;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.notation.ImportException;
import org.draftroom.notation.ImportWarning;

/**
 * Finds the bracket structure of a block: square brackets (ASCII, full-width, lenticular, freely mixed) and
 * parentheses. An unbalanced bracket stays in the text as a literal character and is reported with its line
 * and column.
 */
final class Scanner {
    sealed interface Node permits Chars, Group {
    }

    record Chars(Span span) implements Node {
    }

    /** A bracketed group; {@code whole} spans from the opening to the closing bracket. */
    record Group(char open, char close, List<Node> children, Span whole) implements Node {
        boolean square() {
            return family(open) == 0;
        }
    }

    private final Source source;
    private final List<ImportWarning> warnings;

    Scanner(Source source, List<ImportWarning> warnings) {
        this.source = source;
        this.warnings = warnings;
    }

    static int family(char c) {
        return switch (c) {
            case '[', '［', '【', ']', '］', '】' -> 0;
            case '(', '（', ')', '）' -> 1;
            default -> -1;
        };
    }

    static boolean opens(char c) {
        return c == '[' || c == '［' || c == '【' || c == '(' || c == '（';
    }

    static boolean closes(char c) {
        return c == ']' || c == '］' || c == '】' || c == ')' || c == '）';
    }

    private record Open(char c, int index, List<Node> children) {
    }

    List<Node> scan(Span span) {
        String text = span.text();
        List<Open> stack = new ArrayList<>();
        List<Node> top = new ArrayList<>();
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!opens(c) && !closes(c)) continue;
            List<Node> into = stack.isEmpty() ? top : stack.getLast().children();
            if (run < i) into.add(new Chars(span.sub(run, i)));
            run = i + 1;
            if (opens(c)) {
                // what reads the groups recurses once per level: far deeper than any real text is refused here
                if (stack.size() >= TextLimits.IMPORT_NESTING) {
                    int[] at = source.lineColumn(span.offsetAt(i));
                    throw new ImportException(at[0], at[1], "brackets nested more than " + TextLimits.IMPORT_NESTING
                            + " deep; no negotiation text does that (the seed: 13)");
                }
                stack.add(new Open(c, i, new ArrayList<>()));
                continue;
            }
            int match = -1;
            for (int k = stack.size() - 1; k >= 0; k--) {
                if (family(stack.get(k).c()) == family(c)) {
                    match = k;
                    break;
                }
            }
            if (match < 0) {
                warn(span, i, "unbalanced '" + c + "': no opening bracket before it");
                into.add(new Chars(span.sub(i, i + 1)));
                continue;
            }
            while (stack.size() > match + 1) flatten(stack, top, span, "'" + stack.getLast().c() + "' is not closed");
            Open open = stack.removeLast();
            List<Node> parent = stack.isEmpty() ? top : stack.getLast().children();
            parent.add(new Group(open.c(), c, List.copyOf(open.children()), span.sub(open.index(), i + 1)));
        }
        List<Node> into = stack.isEmpty() ? top : stack.getLast().children();
        if (run < text.length()) into.add(new Chars(span.sub(run, text.length())));
        while (!stack.isEmpty()) flatten(stack, top, span, "unbalanced '" + stack.getLast().c() + "': not closed");
        return merge(top);
    }

    /** An opening bracket that never closes becomes a literal character followed by what it enclosed. */
    private void flatten(List<Open> stack, List<Node> top, Span span, String message) {
        Open open = stack.removeLast();
        if (family(open.c()) == 0 || !quietParen(open)) warn(span, open.index(), message);
        List<Node> parent = stack.isEmpty() ? top : stack.getLast().children();
        parent.add(new Chars(span.sub(open.index(), open.index() + 1)));
        parent.addAll(open.children());
    }

    private static boolean quietParen(Open open) {
        return false;
    }

    private static List<Node> merge(List<Node> nodes) {
        List<Node> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof Chars c && !out.isEmpty() && out.getLast() instanceof Chars prev) {
                out.set(out.size() - 1, new Chars(prev.span().append(c.span())));
            } else if (n instanceof Group g) {
                out.add(new Group(g.open(), g.close(), merge(g.children()), g.whole()));
            } else {
                out.add(n);
            }
        }
        return out;
    }

    private void warn(Span span, int index, String message) {
        int[] at = source.lineColumn(span.offsetAt(index));
        warnings.add(new ImportWarning(at[0], at[1], message));
    }
}
