package org.draftroom.exports.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.XmlText;

/**
 * The package around the body: A4 pages, the styles an issued document uses (Title, Heading 1/2, Normal,
 * numbered paragraphs with their labels kept, footnotes, comments), a first page without running header
 * ({@code w:titlePg}) and from page 2 the symbol and page number, and the document properties.
 */
final class DocxPackage {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.";

    private DocxPackage() {
    }

    static byte[] zip(Rendition rendition, String body, Comments comments, String footnotes) {
        Rendition.HeaderBlock first = rendition.parts().isEmpty() ? null : rendition.parts().getFirst().header();
        String symbol = first == null || first.symbol() == null ? "" : first.symbol();
        String running = symbol + (first == null || first.annexLabel() == null ? "" : " " + first.annexLabel());
        String language = language(rendition.language());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // markup compresses well at any level; this one is fast
            put(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + override("/word/document.xml", CT + "document.main+xml")
                    + override("/word/styles.xml", CT + "styles+xml")
                    + override("/word/settings.xml", CT + "settings+xml")
                    + override("/word/comments.xml", CT + "comments+xml")
                    + override("/word/footnotes.xml", CT + "footnotes+xml")
                    + override("/word/header1.xml", CT + "header+xml")
                    + override("/word/header2.xml", CT + "header+xml")
                    + override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
                    + "</Types>");
            put(zip, "_rels/.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "officeDocument\" Target=\"word/document.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                    + "</Relationships>");
            put(zip, "docProps/core.xml", XML + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                    + "<dc:title>" + XmlText.escape(rendition.title() == null ? "" : rendition.title()) + "</dc:title>"
                    + "<dc:subject>" + XmlText.escape(symbol) + "</dc:subject>"
                    + "<dc:creator>Draftroom</dc:creator><dc:language>" + language + "</dc:language></cp:coreProperties>");
            put(zip, "word/_rels/document.xml.rels", XML + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + rel("rId1", "styles", "styles.xml") + rel("rId2", "settings", "settings.xml")
                    + rel("rId3", "comments", "comments.xml") + rel("rId4", "footnotes", "footnotes.xml")
                    + rel("rId5", "header", "header1.xml") + rel("rId6", "header", "header2.xml") + "</Relationships>");
            put(zip, "word/document.xml", XML + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + body
                    + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId6\"/><w:headerReference w:type=\"first\" r:id=\"rId5\"/>"
                    + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                    + "<w:pgMar w:top=\"1418\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
                    + "<w:titlePg/></w:sectPr></w:body></w:document>");
            put(zip, "word/styles.xml", DocxStyles.styles(language));
            put(zip, "word/settings.xml", XML + "<w:settings xmlns:w=\"" + W + "\"><w:defaultTabStop w:val=\"567\"/>"
                    + "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
                    + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                    + "<w:themeFontLang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:settings>");
            put(zip, "word/comments.xml", comments.part());
            put(zip, "word/footnotes.xml", XML + "<w:footnotes xmlns:w=\"" + W + "\">"
                    + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
                    + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                    + footnotes + "</w:footnotes>");
            put(zip, "word/header1.xml", XML + "<w:hdr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr></w:p></w:hdr>");
            put(zip, "word/header2.xml", XML + "<w:hdr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr>"
                    + "<w:r><w:t xml:space=\"preserve\">" + XmlText.escape(running) + "</w:t></w:r></w:p>"
                    + "<w:p><w:pPr><w:pStyle w:val=\"Header\"/><w:spacing w:after=\"360\"/></w:pPr>" + pageNumber(rendition.language()) + "</w:p></w:hdr>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** "page 2", "第 2 页" as the running head of UN and WIPO documents prints it. */
    static String pageNumber(String language) {
        String[] around = switch (language.length() >= 2 ? language.substring(0, 2) : language) {
            case "zh" -> new String[]{"第", "页"};
            case "fr" -> new String[]{"page ", ""};
            case "es" -> new String[]{"página ", ""};
            case "ru" -> new String[]{"стр. ", ""};
            case "ar" -> new String[]{"الصفحة ", ""};
            default -> new String[]{"page ", ""};
        };
        return run(around[0]) + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple>" + run(around[1]);
    }

    static String language(String language) {
        return language.startsWith("zh") ? "zh-CN" : language;
    }

    private static String run(String text) {
        return text.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + XmlText.escape(text) + "</w:t></w:r>";
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + REL + type + "\" Target=\"" + target + "\"/>";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
