package org.draftroom.notation.internal.reading;

import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of a Word document, one line per paragraph (table cells included), for the same text pipeline. */
public final class DocxText {
    /**
     * Zip-bomb limits (POI's are global). The default minimum ratio (1:100) refused a legitimate 3-million-character
     * repetitive paragraph (it deflates ~1:900); deflate cannot exceed ~1:1,032, so the ratio below only stops
     * worse-than-deflate tricks and the absolute cap does the work: no part of a Word file may inflate past
     * 48 MB (a 4-million-character Chinese text, the import limit, is ~12 MB of XML), checked while inflating.
     */
    static final double MIN_INFLATE_RATIO = 0.0005;
    static final long MAX_ENTRY_BYTES = 48L * 1024 * 1024;

    static {
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private DocxText() {
    }

    public static String read(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            StringBuilder out = new StringBuilder();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph p : cell.getParagraphs()) out.append(p.getText()).append('\n');
                        }
                    }
                }
            }
            return out.toString();
        }
    }
}
