package org.draftroom.exports.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Mends the ToUnicode CMaps of our embedded fonts after PDFBox wrote them, so that copied and extracted text is the
 * text that was set: where a glyph has several {@link GlyphSources}, the first one the document's text contains
 * is written (else the first, an ordinary character before a compatibility form). Codes in our Type 0 fonts are
 * the original glyph ids (PDFBox keeps them as CIDs when subsetting), so they index the font's own cmap.
 */
final class TextLayer {
    private TextLayer() {
    }

    /** @param sources per PostScript name of each embedded font */
    static byte[] mend(byte[] pdf, Map<String, GlyphSources> sources, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSDictionary> seen = new HashSet<>();
            Set<COSDictionary> changed = new HashSet<>();
            // dictionaries only: loading a PDFont would parse its embedded font program, for nothing
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                COSDictionary fonts = resources == null ? null : resources.getCOSObject().getCOSDictionary(COSName.FONT);
                if (fonts == null) continue;
                for (COSName name : fonts.keySet()) {
                    if (!(fonts.getDictionaryObject(name) instanceof COSDictionary font) || !seen.add(font)
                            || !COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) continue;
                    String baseFont = font.getNameAsString(COSName.BASE_FONT);
                    GlyphSources glyphs = baseFont == null ? null : sources.get(postScriptName(baseFont));
                    if (glyphs != null && mend(font, glyphs, text)) changed.add(font);
                }
            }
            if (changed.isEmpty()) return pdf;
            // an incremental update appends the new CMaps: rewriting a tagged file's structure tree cost more
            // than laying the document out
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64 * 1024);
            document.saveIncremental(out, changed);
            return out.toByteArray();
        }
    }

    private static boolean mend(COSDictionary font, GlyphSources glyphs, String text) throws IOException {
        if (!(font.getDictionaryObject(COSName.TO_UNICODE) instanceof COSStream toUnicode)) return false;
        CMap written;
        try (RandomAccessRead in = new RandomAccessReadBuffer(toUnicode.createInputStream())) {
            written = new CMapParser(true).parse(in);
        }
        Map<Integer, String> mapping = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String was = written.toUnicode(code, 2);
            if (was == null) continue;
            List<String> candidates = glyphs.of(code);
            String best = candidates == null ? was : choose(candidates, text);
            changed |= !best.equals(was);
            mapping.put(code, best);
        }
        if (!changed) return false;
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(mapping).getBytes(StandardCharsets.US_ASCII));
        }
        stream.setNeedToBeUpdated(true);
        font.setItem(COSName.TO_UNICODE, stream);
        font.setNeedToBeUpdated(true);
        return true;
    }

    private static String choose(List<String> candidates, String text) {
        for (String candidate : candidates) {
            if (text.contains(candidate)) return candidate;
        }
        return candidates.getFirst();
    }

    /** A ToUnicode CMap of two-byte codes (Identity-H), bfchar entries in blocks of at most 100. */
    static String cmap(Map<Integer, String> mapping) {
        StringBuilder out = new StringBuilder(mapping.size() * 20 + 512);
        out.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(mapping.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(start + 100, entries.size()));
            out.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                out.append('<').append(String.format("%04X", e.getKey())).append("> <");
                for (char c : e.getValue().toCharArray()) out.append(String.format("%04X", (int) c));
                out.append(">\n");
            }
            out.append("endbfchar\n");
        }
        return out.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }

    /** "ATXPOH+NotoSansSC-Regular" → "NotoSansSC-Regular". */
    static String postScriptName(String baseFont) {
        int plus = baseFont.indexOf('+');
        return plus == 6 ? baseFont.substring(7) : baseFont;
    }
}
