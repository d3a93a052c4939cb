package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Text;

/**
 * The wording of a paragraph as a list of tokens for diffing: Latin-script words, whitespace runs and single
 * punctuation marks; every CJK character is a token of its own (Chinese has no spaces, so character level is
 * the only meaningful unit). Existing proposals, placeholders and footnote references are opaque atoms: in the
 * editable wording they appear as markers ⟦1⟧, ⟦2⟧, … and must survive an edit unchanged.
 */
public final class Tokens {
    private static final Pattern MARKER = Pattern.compile("⟦(\\d+)⟧");

    private Tokens() {
    }

    /** A piece of wording, or an atom (an inline that is not plain text). */
    public record Token(String text, Inline atom) {
        static Token text(String t) {
            return new Token(t, null);
        }

        public boolean isAtom() {
            return atom != null;
        }

        /** Identity for diffing: text by content, atoms by id (a proposal that gained a position is the same atom). */
        String key() {
            return switch (atom) {
                case null -> "t" + text;
                case Proposal p -> "p" + p.id();
                case Placeholder ph -> "h" + ph.name();
                case FootnoteRef f -> "f" + f.footnoteId();
                case Text t -> "t" + t.text();
            };
        }

        boolean isBlank() {
            return atom == null && text.isBlank();
        }
    }

    public static List<Token> of(List<Inline> content) {
        List<Token> out = new ArrayList<>();
        for (Inline inline : content) {
            if (inline instanceof Text t) split(t.text(), out);
            else out.add(new Token(null, inline));
        }
        return out;
    }

    /** Splits plain text (no markers) into word, space, punctuation and CJK-character tokens. */
    public static List<Token> split(String text) {
        List<Token> out = new ArrayList<>();
        split(text, out);
        return out;
    }

    private static void split(String text, List<Token> out) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (Character.isWhitespace(cp)) {
                while (end < text.length() && Character.isWhitespace(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
            } else if (isWordChar(cp)) {
                while (end < text.length() && isWordChar(text.codePointAt(end))) end += Character.charCount(text.codePointAt(end));
            }
            out.add(Token.text(text.substring(i, end)));
            i = end;
        }
    }

    /** Letters and digits of alphabetic scripts form words; CJK characters never join into one. */
    private static boolean isWordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !isCjk(cp);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The editable wording: text as is, atoms as numbered markers. */
    public static String render(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Token t : tokens) {
            if (t.isAtom()) out.append('⟦').append(++n).append('⟧');
            else out.append(t.text());
        }
        return out.toString();
    }

    /** The atoms in order, as numbered in {@link #render}. */
    public static List<Inline> atoms(List<Token> tokens) {
        return tokens.stream().filter(Token::isAtom).map(Token::atom).toList();
    }

    /** Reads edited wording back: markers become the atoms they stand for. */
    public static List<Token> parse(String wording, List<Inline> atoms) {
        List<Token> out = new ArrayList<>();
        Matcher m = MARKER.matcher(wording);
        int last = 0;
        while (m.find()) {
            split(wording.substring(last, m.start()), out);
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > atoms.size()) {
                throw new IllegalArgumentException("the wording refers to marker ⟦" + n + "⟧, but the paragraph has "
                        + atoms.size() + " marker(s) for proposals already on the table");
            }
            out.add(new Token(null, atoms.get(n - 1)));
            last = m.end();
        }
        split(wording.substring(last), out);
        return out;
    }

    /** Joins tokens back into inline content, merging neighbouring text. */
    public static List<Inline> toInlines(List<Token> tokens) {
        List<Inline> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (Token t : tokens) {
            if (t.isAtom()) {
                if (!text.isEmpty()) out.add(new Text(text.toString()));
                text.setLength(0);
                out.add(t.atom());
            } else {
                text.append(t.text());
            }
        }
        if (!text.isEmpty()) out.add(new Text(text.toString()));
        return out;
    }

    public static String plain(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        tokens.forEach(t -> out.append(t.isAtom() ? "…" : t.text()));
        return out.toString();
    }
}
