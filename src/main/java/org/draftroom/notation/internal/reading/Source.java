package org.draftroom.notation.internal.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.draftroom.notation.ImportException;

/**
 * The checked source text: readable, not empty, not binary, not absurdly large. Knows where every character
 * offset lies as 1-based line and column, so warnings and errors can point into the source.
 */
public final class Source {
    /** Far above any negotiation text (the whole seed bundle is 0.2 MB); keeps a hostile upload cheap to reject. */
    public static final int MAX_CHARS = 4_000_000;

    private final String text;
    private final int[] lineStarts;

    private Source(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public static Source of(String text) {
        if (text == null || text.isEmpty()) throw new ImportException(1, 1, "the input is empty");
        if (text.length() > MAX_CHARS) {
            throw new ImportException(1, 1, "the input is too large (" + text.length() + " characters, at most "
                    + MAX_CHARS + ")");
        }
        String body = text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        Source source = new Source(body);
        source.check();
        return source;
    }

    /** Strict UTF-8: a malformed byte is reported where it sits instead of being silently replaced. */
    public static Source ofUtf8(byte[] bytes) {
        if (bytes == null || bytes.length == 0) throw new ImportException(1, 1, "the input is empty");
        if (bytes.length > MAX_CHARS * 3L) throw new ImportException(1, 1, "the input is too large");
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            return of(decoder.decode(in).toString());
        } catch (MalformedInputException e) {
            int bad = firstMalformed(bytes);
            Source prefix = new Source(new String(Arrays.copyOf(bytes, bad), StandardCharsets.UTF_8));
            int[] at = prefix.lineColumn(prefix.text.length());
            throw new ImportException(at[0], at[1], "the input is not valid UTF-8 (byte 0x"
                    + Integer.toHexString(bytes[bad] & 0xff) + "); save the text as UTF-8 and try again");
        } catch (CharacterCodingException e) {
            throw new ImportException(1, 1, "the input is not valid UTF-8");
        }
    }

    /** Index of the first byte that does not start or continue a well-formed UTF-8 sequence. */
    private static int firstMalformed(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            if (len == 0 || i + len > bytes.length) return i;
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, i, len));
            } catch (CharacterCodingException e) {
                return i;
            }
            i += len;
        }
        return bytes.length - 1;
    }

    private void check() {
        boolean visible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7f) {
                fail(i, "binary content (control character U+" + String.format("%04X", (int) c) + ")");
            }
            if (c == '\uFFFD') fail(i, "undecodable character (U+FFFD): the text was read in the wrong encoding");
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    fail(i, "broken character (lone surrogate)");
                }
                i++;
                visible = true;
                continue;
            }
            if (Character.isLowSurrogate(c)) fail(i, "broken character (lone surrogate)");
            if (mojibake(i)) fail(i, "the text looks like UTF-8 read as Latin-1 or Windows-1252 (wrong encoding)");
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') visible = true;
        }
        if (!visible) throw new ImportException(1, 1, "the input has no text");
    }

    /** "Ã¤", "å\u008f" …: a UTF-8 lead byte shown as Latin-1 followed by a continuation byte shown the same way. */
    private boolean mojibake(int i) {
        char c = text.charAt(i);
        if (c < 0xC3 || c > 0xEF || i + 1 >= text.length()) return false;
        char next = text.charAt(i + 1);
        boolean continuation = (next >= 0x80 && next <= 0xBF) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(next) >= 0;
        if (!continuation || i + 2 >= text.length()) return false;
        char third = text.charAt(i + 2); // three-byte sequences (CJK) show two continuation characters in a row
        boolean thirdContinues = (third >= 0x80 && third <= 0xBF) || "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ".indexOf(third) >= 0;
        return c <= 0xDF ? next >= 0x80 && next <= 0xBF : thirdContinues;
    }

    private void fail(int offset, String message) {
        int[] at = lineColumn(offset);
        throw new ImportException(at[0], at[1], message);
    }

    public String text() {
        return text;
    }

    /** 1-based line and column (in characters) of an offset. */
    public int[] lineColumn(int offset) {
        int idx = Arrays.binarySearch(lineStarts, offset);
        int line = idx >= 0 ? idx : -idx - 2;
        return new int[]{line + 1, offset - lineStarts[line] + 1};
    }

    public List<String> lines() {
        return List.of(text.split("\r?\n", -1));
    }

    public int lineStart(int lineIndex) {
        return lineStarts[lineIndex];
    }
}
