package org.draftroom.notation.internal.reading;

/**
 * A piece of source text with, for each character, its offset in the source (for line:column messages).
 * Footnote references are embedded as {@link #REF_OPEN} digits {@link #REF_CLOSE}.
 */
public record Span(String text, int[] offsets) {
    public static final char REF_OPEN = '\uE000';
    public static final char REF_CLOSE = '\uE001';

    public Span {
        if (offsets.length != text.length()) throw new IllegalArgumentException("offsets must match the text");
    }

    public static Span of(String text, int start) {
        int[] offsets = new int[text.length()];
        for (int i = 0; i < offsets.length; i++) offsets[i] = start + i;
        return new Span(text, offsets);
    }

    public int offsetAt(int index) {
        if (offsets.length == 0) return 0;
        return offsets[Math.max(0, Math.min(index, offsets.length - 1))];
    }

    public Span sub(int from, int to) {
        return new Span(text.substring(from, to), java.util.Arrays.copyOfRange(offsets, from, to));
    }

    public Span append(Span other) {
        int[] joined = java.util.Arrays.copyOf(offsets, offsets.length + other.offsets.length);
        System.arraycopy(other.offsets, 0, joined, offsets.length, other.offsets.length);
        return new Span(text + other.text, joined);
    }

    public Span strip() {
        int from = 0;
        int to = text.length();
        while (from < to && blank(text.charAt(from))) from++;
        while (to > from && blank(text.charAt(to - 1))) to--;
        return sub(from, to);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    static boolean blank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000';
    }
}
