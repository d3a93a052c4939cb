package org.draftroom.delegations;

import java.util.HashMap;
import java.util.Map;

/**
 * Names → delegation ids, matched at a text offset in one walk (the importer asks at every offset).
 * Characters are folded (case, typographic apostrophes, full-width parentheses, whitespace runs), except for
 * names registered as case-sensitive (abbreviations like "US", which must not match the English word "us").
 * Latin/Cyrillic/Arabic names only match at word boundaries; Chinese names match anywhere.
 */
final class NameTrie {
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String id;
    }

    private final Node folded = new Node();
    private final Node exact = new Node();

    void add(String name, String id, boolean caseSensitive) {
        Node node = caseSensitive ? exact : folded;
        boolean lastWasSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = caseSensitive ? normalize(name.charAt(i)) : fold(name.charAt(i));
            if (c == ' ' && lastWasSpace) continue;
            lastWasSpace = c == ' ';
            node = node.next.computeIfAbsent(c, k -> new Node());
        }
        if (node.id == null) node.id = id;
    }

    /** The longest name starting exactly at {@code offset}: {id, end} or null. */
    Object[] longestAt(CharSequence text, int offset) {
        if (offset < 0 || offset >= text.length()) return null;
        char first = text.charAt(offset);
        if (isWordChar(first) && !isHan(first) && offset > 0 && isWordChar(text.charAt(offset - 1))) return null;
        Object[] a = walk(folded, text, offset, false);
        Object[] b = walk(exact, text, offset, true);
        if (a == null) return b;
        if (b == null) return a;
        return (int) b[1] > (int) a[1] ? b : a;
    }

    private static Object[] walk(Node root, CharSequence text, int offset, boolean caseSensitive) {
        Node node = root;
        Object[] best = null;
        char previous = 0;
        for (int i = offset; i < text.length(); i++) {
            char c = caseSensitive ? normalize(text.charAt(i)) : fold(text.charAt(i));
            if (c == ' ' && previous == ' ') continue;
            node = node.next.get(c);
            if (node == null) break;
            previous = c;
            if (node.id != null && endsAtBoundary(text, i)) best = new Object[]{node.id, i + 1};
        }
        return best;
    }

    private static boolean endsAtBoundary(CharSequence text, int last) {
        char c = text.charAt(last);
        if (!isWordChar(c) || isHan(c)) return true;
        return last + 1 >= text.length() || !isWordChar(text.charAt(last + 1));
    }

    static String foldAll(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = fold(name.charAt(i));
            if (c == ' ' && (out.isEmpty() || out.charAt(out.length() - 1) == ' ')) continue;
            out.append(c);
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') end--;
        return out.substring(0, end);
    }

    private static char fold(char c) {
        return Character.toLowerCase(normalize(c));
    }

    private static char normalize(char c) {
        return switch (c) {
            case '’', '‘', 'ʼ' -> '\'';
            case '（' -> '(';
            case '）' -> ')';
            case '\u00A0', '\u3000', '\t', '\n', '\r' -> ' ';
            default -> c;
        };
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
