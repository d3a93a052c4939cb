package org.draftroom.exports.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;

import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.XmlText;

/**
 * Word documents from the intermediate representation. POI's XWPF has no API for tracked changes, so each
 * paragraph is written as WordprocessingML ({@code w:ins}/{@code w:del} with the delegation as author, see
 * {@link ParagraphXml}) and set into the low-level {@link CTP}; POI does the packaging, styles, header and
 * footer.
 */
public final class DocxWriter {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Parse {@code <w:p>…</w:p>} as the content of a CTP, not as a CTP holding a w:p. */
    private static final XmlOptions CONTENT_ONLY = new XmlOptions().setLoadReplaceDocumentElement(null);
    private final Instant changeDate;

    /** @param changeDate the date stamped on tracked changes (the version's date, or now) */
    public DocxWriter(Instant changeDate) {
        this.changeDate = changeDate;
    }

    public byte[] write(Rendition rendition) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            defaults(doc, rendition.language());
            ParagraphXml xml = new ParagraphXml(changeDate);
            boolean first = true;
            for (Rendition.Part part : rendition.parts()) {
                if (!first) xml.pageBreak(doc);
                if (first) runningHeader(doc, part.header());
                first = false;
                header(doc, xml, part.header());
                nodes(doc, xml, part.body());
                if (part.closing() != null) add(doc, xml.centered(part.closing()));
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void nodes(XWPFDocument doc, ParagraphXml xml, List<Node> nodes) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading h -> add(doc, xml.heading(h));
                case Node.Para p -> add(doc, xml.para(p));
                case Node.Alternative alt -> {
                    add(doc, xml.caption("[" + alt.caption()));
                    nodes(doc, xml, alt.body());
                    add(doc, xml.trailer(alt.trailer()));
                }
                case Node.Table t -> {
                    CTTbl tbl = doc.createTable().getCTTbl();
                    try {
                        tbl.set(CTTbl.Factory.parse(xml.table(t), CONTENT_ONLY));
                    } catch (XmlException e) {
                        throw new IllegalStateException("table " + t.id() + " is not valid WordprocessingML", e);
                    }
                }
            }
        }
    }

    private void header(XWPFDocument doc, ParagraphXml xml, Rendition.HeaderBlock h) {
        for (String line : new String[]{h.symbol(), h.originalLanguage(), h.date()}) {
            if (line != null) add(doc, xml.simple(line, "right", false, 22));
        }
        if (h.committee() != null) add(doc, xml.simple(h.committee(), null, true, 28));
        if (h.session() != null) add(doc, xml.simple(h.session(), null, false, 22));
        if (h.sessionDetail() != null) add(doc, xml.simple(h.sessionDetail(), null, false, 22));
        if (h.annexLabel() != null) add(doc, xml.simple(h.annexLabel(), "center", true, 22));
        if (h.title() != null) add(doc, xml.simple(h.title(), null, true, 26));
        if (h.preparedBy() != null) add(doc, xml.simple(h.preparedBy(), null, false, 22));
    }

    private static void add(XWPFDocument doc, String paragraphXml) {
        XWPFParagraph paragraph = doc.createParagraph();
        try {
            paragraph.getCTP().set(CTP.Factory.parse(paragraphXml, CONTENT_ONLY));
        } catch (XmlException e) {
            throw new IllegalStateException("paragraph is not valid WordprocessingML: " + paragraphXml, e);
        }
    }

    /** Document-wide fonts: Latin and East Asian faces and the language, so Word and LibreOffice pick CJK fonts. */
    private static void defaults(XWPFDocument doc, String language) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        CTFonts fonts = rpr.addNewRFonts();
        fonts.setAscii("Liberation Serif");
        fonts.setHAnsi("Liberation Serif");
        fonts.setEastAsia("Noto Sans CJK SC");
        fonts.setCs("Noto Sans Arabic");
        CTLanguage lang = rpr.addNewLang();
        lang.setVal(language.startsWith("zh") ? "zh-CN" : language);
        lang.setEastAsia("zh-CN");
        rpr.addNewSz().setVal(BigInteger.valueOf(22));
        doc.createStyles().setStyles(styles);
    }

    /** Symbol top right on every page, page number at the bottom. */
    private static void runningHeader(XWPFDocument doc, Rendition.HeaderBlock h) {
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph hp = header.createParagraph();
        hp.setAlignment(ParagraphAlignment.RIGHT);
        XWPFRun run = hp.createRun();
        run.setText(XmlText.clean((h.symbol() == null ? "" : h.symbol())
                + (h.annexLabel() == null ? "" : " " + h.annexLabel())));
        run.setFontSize(9);
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph fp = footer.createParagraph();
        fp.setAlignment(ParagraphAlignment.CENTER);
        fp.getCTP().addNewFldSimple().setInstr("PAGE");
    }
}
