package org.draftroom.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Looking inside exported files the way a reader would: the XML parts as parsed XML, a PDF's text and actions. */
public final class ExportedFiles {
    private ExportedFiles() {
    }

    /** The XML parts of a Word file (document, headers, footers, styles …) by name, as text. */
    public static Map<String, String> docxXmlParts(byte[] docx) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    /**
     * Parses XML strictly (namespace-aware, no DOCTYPE allowed), throwing when it is not well-formed. The JDK's
     * cap on named entity references (100,000 since JDK 24, which a megabyte of escaped markup exceeds) is lifted:
     * it limits resources, not well-formedness, and a reader of such a file raises it the same way.
     */
    public static Document xml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setAttribute("jdk.xml.totalEntitySizeLimit", "0");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every element as {namespace}localName. */
    public static List<String> elementNames(Document doc) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<String> out = new ArrayList<>(all.getLength());
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            out.add("{" + (e.getNamespaceURI() == null ? "" : e.getNamespaceURI()) + "}" + e.getLocalName());
        }
        return out;
    }

    /** The character data of the whole document (attribute values not included). */
    public static String text(Document doc) {
        return doc.getDocumentElement().getTextContent();
    }

    /** The text a reader copies out of a PDF. */
    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    public static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    /**
     * What in a PDF could act rather than show: an open action, document or page actions, JavaScript (named or in
     * any action dictionary anywhere in the file), launch and URI actions, annotations (links). Empty when inert.
     */
    public static List<String> pdfActiveContent(byte[] pdf) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var catalog = doc.getDocumentCatalog();
            if (catalog.getCOSObject().containsKey(COSName.OPEN_ACTION)) found.add("catalog /OpenAction");
            if (catalog.getCOSObject().containsKey(COSName.AA)) found.add("catalog /AA");
            if (catalog.getNames() != null && catalog.getNames().getJavaScript() != null) found.add("named JavaScript");
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                if (!page.getAnnotations().isEmpty()) found.add("page " + n + ": " + page.getAnnotations().size() + " annotation(s)");
                if (page.getCOSObject().containsKey(COSName.AA)) found.add("page " + n + ": /AA");
            }
            for (COSObjectKey key : doc.getDocument().getXrefTable().keySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (!(base instanceof COSDictionary dict)) continue;
                if (dict.containsKey(COSName.JS)) found.add("object " + key + ": /JS");
                COSName action = dict.getCOSName(COSName.S);
                if (action != null && List.of("JavaScript", "Launch", "URI", "SubmitForm", "ImportData")
                        .contains(action.getName())) {
                    found.add("object " + key + ": /S /" + action.getName());
                }
            }
        }
        return found;
    }
}
