package org.draftroom.exports.internal.render;

import java.io.Writer;

/**
 * Text as the XML-based formats (XHTML for PDF, WordprocessingML, Akoma Ntoso) may carry it.
 * <p>
 * Characters XML 1.0 does not allow at all (C0 controls other than tab and line feed, U+FFFE, U+FFFF, unpaired
 * surrogates) are dropped: a delegate can type them through the API, and one of them would otherwise make every
 * export of the document fail. Markup characters are written as numeric character references, not
 * {@code &lt;}/{@code &amp;}: the JDK's XML parser (used by openhtmltopdf and by POI's XMLBeans) counts every
 * named entity reference against {@code jdk.xml.maxGeneralEntitySizeLimit}, 100,000 by default since JDK 24, so
 * a long paragraph full of {@code <} or {@code &} could not be read back; character references are not counted.
 */
public final class XmlText {
    private XmlText() {
    }

    /** Character data or attribute value: markup characters as references, disallowed characters dropped. */
    public static String escape(String text) {
        CleanWriter out = new CleanWriter(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.raw("&#60;");
                case '>' -> out.raw("&#62;");
                case '&' -> out.raw("&#38;");
                case '"' -> out.raw("&#34;");
                default -> out.write(c);
            }
        }
        return out.toString();
    }

    /** The text without the characters XML cannot carry, for serializers that escape markup themselves. */
    public static String clean(String text) {
        CleanWriter out = new CleanWriter(text.length());
        out.write(text);
        return out.toString();
    }

    /**
     * A writer into memory that drops what XML cannot carry, for serializers (such as the JDK's
     * {@code XMLStreamWriter}) that pass such characters through and so write a document no parser reads.
     */
    public static final class CleanWriter extends Writer {
        private final StringBuilder out;
        /** A high surrogate waiting for its low half. */
        private char high;

        public CleanWriter(int capacity) {
            out = new StringBuilder(capacity);
        }

        @Override
        public void write(int c) {
            char ch = (char) c;
            if (high != 0) {
                char pending = high;
                high = 0;
                if (Character.isLowSurrogate(ch)) {
                    out.append(pending).append(ch);
                    return;
                }
            }
            if (Character.isHighSurrogate(ch)) {
                high = ch;
            } else if (ch < 0x20 ? ch == '\n' || ch == '\t' : !Character.isLowSurrogate(ch) && ch != '\uFFFE' && ch != '\uFFFF') {
                out.append(ch);
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            for (int i = offset; i < offset + length; i++) write(chars[i]);
        }

        @Override
        public void write(String text) {
            for (int i = 0; i < text.length(); i++) write(text.charAt(i));
        }

        @Override
        public void write(String text, int offset, int length) {
            for (int i = offset; i < offset + length; i++) write(text.charAt(i));
        }

        private void raw(String markup) {
            high = 0;
            out.append(markup);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        /** What was written; a high surrogate still waiting at the end is dropped. */
        @Override
        public String toString() {
            return out.toString();
        }
    }
}
