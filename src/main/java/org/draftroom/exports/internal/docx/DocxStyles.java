package org.draftroom.exports.internal.docx;

/**
 * The styles part: real paragraph styles an editor can restyle (Title, Heading 1/2, Normal, Numbered Paragraph
 * with its label and a hanging indent, list items by level, footnote and comment text, the page-1 header block),
 * fonts with CJK text in the East Asian slot, and the language.
 */
final class DocxStyles {
    static final int LIST_LEVELS = 4;

    private DocxStyles() {
    }

    static String styles(String language) {
        StringBuilder out = new StringBuilder(8192).append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<w:styles xmlns:w=\"").append(DocxPackage.W).append("\"><w:docDefaults><w:rPrDefault><w:rPr>")
                .append("<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Noto Sans CJK SC\" w:cs=\"Noto Sans Arabic\"/>")
                .append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"").append(language)
                .append("\" w:eastAsia=\"zh-CN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
                .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"220\" w:line=\"260\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");
        style(out, "Normal", "Normal", null, "", "", true);
        style(out, "Title", "Title", "Normal", "<w:keepNext/><w:spacing w:before=\"480\" w:after=\"480\"/>", "<w:b/><w:caps/><w:sz w:val=\"28\"/>", false);
        style(out, "Heading1", "heading 1", "Normal", "<w:keepNext/><w:spacing w:before=\"360\" w:after=\"220\"/><w:outlineLvl w:val=\"0\"/>",
                "<w:b/><w:sz w:val=\"24\"/>", false);
        style(out, "Heading2", "heading 2", "Normal", "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/><w:outlineLvl w:val=\"1\"/>",
                "<w:b/><w:i/>", false);
        style(out, "NumberedParagraph", "Numbered Paragraph", "Normal",
                "<w:tabs><w:tab w:val=\"left\" w:pos=\"567\"/></w:tabs><w:jc w:val=\"both\"/>", "", false);
        for (int level = 1; level <= LIST_LEVELS; level++) {
            int left = 567 * (level + 1);
            style(out, "ListItem" + level, "List Item " + level, "Normal",
                    "<w:tabs><w:tab w:val=\"left\" w:pos=\"" + left + "\"/></w:tabs><w:ind w:left=\"" + left + "\" w:hanging=\"567\"/>", "", false);
        }
        style(out, "Note", "Negotiation Note", "Normal", "<w:ind w:left=\"567\"/>", "<w:i/><w:color w:val=\"555555\"/>", false);
        style(out, "Centered", "Centered", "Normal", "<w:jc w:val=\"center\"/>", "", false);
        style(out, "Symbol", "Document Symbol", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>", "<w:b/><w:sz w:val=\"24\"/>", false);
        style(out, "HeaderLine", "Header Block Line", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>", "", false);
        style(out, "Committee", "Committee", "Normal", "<w:spacing w:before=\"720\" w:after=\"120\"/>", "<w:b/><w:caps/><w:sz w:val=\"28\"/>", false);
        style(out, "Session", "Session", "Normal", "<w:spacing w:after=\"0\"/>", "<w:b/>", false);
        style(out, "AnnexLabel", "Annex Label", "Normal", "<w:jc w:val=\"center\"/>", "<w:b/>", false);
        style(out, "PreparedBy", "Prepared By", "Normal", "<w:spacing w:after=\"480\"/>", "<w:i/>", false);
        style(out, "Header", "header", "Normal", "<w:spacing w:after=\"0\"/><w:jc w:val=\"right\"/>", "<w:sz w:val=\"20\"/>", false);
        style(out, "FootnoteText", "footnote text", "Normal", "<w:spacing w:after=\"0\"/>", "<w:sz w:val=\"18\"/>", false);
        style(out, "CommentText", "annotation text", "Normal", "<w:spacing w:after=\"0\"/>", "<w:sz w:val=\"20\"/>", false);
        character(out, "FootnoteReference", "footnote reference", "<w:vertAlign w:val=\"superscript\"/>");
        character(out, "CommentReference", "annotation reference", "<w:sz w:val=\"16\"/>");
        return out.append("</w:styles>").toString();
    }

    private static void style(StringBuilder out, String id, String name, String basedOn, String pPr, String rPr, boolean isDefault) {
        out.append("<w:style w:type=\"paragraph\" w:styleId=\"").append(id).append('"');
        if (isDefault) out.append(" w:default=\"1\"");
        out.append("><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) out.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        out.append("<w:qFormat/>");
        if (!pPr.isEmpty()) out.append("<w:pPr>").append(pPr).append("</w:pPr>");
        if (!rPr.isEmpty()) out.append("<w:rPr>").append(rPr).append("</w:rPr>");
        out.append("</w:style>");
    }

    private static void character(StringBuilder out, String id, String name, String rPr) {
        out.append("<w:style w:type=\"character\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:rPr>").append(rPr).append("</w:rPr></w:style>");
    }
}
