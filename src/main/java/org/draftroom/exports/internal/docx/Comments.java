package org.draftroom.exports.internal.docx;

import org.draftroom.exports.internal.render.XmlText;

/**
 * The comments part ({@code word/comments.xml}): positions, statements and the chair's remarks, each authored
 * by the delegation that holds it and anchored with {@code commentRangeStart}/{@code End} and a reference.
 */
final class Comments {
    private final StringBuilder xml = new StringBuilder();
    private final String fallbackAuthor;
    private int count;

    /** @param fallbackAuthor who a comment is by when nobody holds it (the secretariat's remark) */
    Comments(String fallbackAuthor) {
        this.fallbackAuthor = fallbackAuthor;
    }

    void add(int id, String author, String date, String text) {
        String by = author == null || author.isBlank() ? fallbackAuthor : author;
        xml.append("<w:comment w:id=\"").append(id).append("\" w:author=\"").append(XmlText.escape(by))
                .append("\" w:initials=\"").append(XmlText.escape(by.codePoints().limit(2)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString()))
                .append('"');
        if (date != null) xml.append(" w:date=\"").append(date).append('"');
        xml.append("><w:p><w:pPr><w:pStyle w:val=\"CommentText\"/></w:pPr>")
                .append("<w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr><w:annotationRef/></w:r>")
                .append("<w:r><w:t xml:space=\"preserve\">").append(XmlText.escape(text)).append("</w:t></w:r></w:p></w:comment>");
        count++;
    }

    int count() {
        return count;
    }

    String part() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:comments xmlns:w=\"" + DocxPackage.W
                + "\">" + xml + "</w:comments>";
    }

    static String rangeStart(int id) {
        return "<w:commentRangeStart w:id=\"" + id + "\"/>";
    }

    static String rangeEnd(int id) {
        return "<w:commentRangeEnd w:id=\"" + id + "\"/><w:r><w:rPr><w:rStyle w:val=\"CommentReference\"/></w:rPr>"
                + "<w:commentReference w:id=\"" + id + "\"/></w:r>";
    }

    /** Puts a comment around a whole paragraph already written. */
    static void around(StringBuilder paragraph, int id) {
        int content = paragraph.indexOf("</w:pPr>");
        paragraph.insert(content < 0 ? "<w:p>".length() : content + "</w:pPr>".length(), rangeStart(id));
        paragraph.insert(paragraph.length() - "</w:p>".length(), rangeEnd(id));
    }

    /** A position's words without the brackets and separators the house notation puts around them. */
    static String unbracket(String text) {
        String t = text.strip();
        while (t.startsWith("[") && t.endsWith("]") && t.length() >= 2) t = t.substring(1, t.length() - 1).strip();
        if (t.startsWith("(") && t.endsWith(")") || t.startsWith("（") && t.endsWith("）")) t = t.substring(1, t.length() - 1);
        return t.replaceAll("^[；;，,]\\s*", "").strip();
    }
}
