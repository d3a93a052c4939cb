package org.draftroom.exports.internal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.ScriptFeature;

/**
 * For one font, the glyphs that more than one text can stand behind: a glyph the cmap reaches from several code
 * points (Noto Sans SC draws 行 U+884C, the Kangxi radical ⾏ U+2F8F and the compatibility ideograph U+FA08 with one
 * glyph) and a glyph a GSUB ligature makes (its "——" becomes the two-em-dash glyph, whose own code point is ⸺).
 * PDFBox writes the lowest code point into the ToUnicode CMap, so copied text showed radicals; {@link TextLayer}
 * picks among these sources by the text actually set.
 */
final class GlyphSources {
    private final Map<Integer, List<String>> sources;

    private GlyphSources(Map<Integer, List<String>> sources) {
        this.sources = sources;
    }

    /** The texts a glyph may stand for, best first; null when the cmap gives it one code point or none. */
    List<String> of(int glyph) {
        return sources.get(glyph);
    }

    static GlyphSources of(TrueTypeFont font) {
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            Map<Integer, List<String>> out = new HashMap<>();
            int glyphs = font.getNumberOfGlyphs();
            for (int gid = 1; gid < glyphs; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes != null && codes.size() > 1) out.put(gid, ranked(codes));
            }
            GsubData gsub = font.getGsubData();
            if (gsub != null && gsub != GsubData.NO_DATA_FOUND) {
                for (String name : gsub.getSupportedFeatures()) ligatures(gsub.getFeature(name), cmap, out);
            }
            return new GlyphSources(Map.copyOf(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ligature glyph stands for its components' text, after its own code point if it has one. */
    private static void ligatures(ScriptFeature feature, CmapLookup cmap, Map<Integer, List<String>> out) {
        for (List<Integer> components : feature.getAllGlyphIdsForSubstitution()) {
            if (components.size() < 2) continue;
            Integer ligature = feature.getReplacementForGlyphs(components);
            if (ligature == null) continue;
            StringBuilder text = new StringBuilder();
            for (int component : components) {
                List<Integer> codes = cmap.getCharCodes(component);
                if (codes == null) {
                    text = null;
                    break;
                }
                text.appendCodePoint(ranked(codes).getFirst().codePointAt(0));
            }
            if (text == null) continue;
            Set<String> texts = new LinkedHashSet<>();
            List<Integer> own = cmap.getCharCodes(ligature);
            if (own != null) texts.addAll(ranked(own));
            else if (out.containsKey(ligature)) texts.addAll(out.get(ligature));
            texts.add(text.toString());
            if (texts.size() > 1) out.put(ligature, List.copyOf(texts));
        }
    }

    /** Code points as texts, the unified ideograph (or any ordinary character) before compatibility forms. */
    private static List<String> ranked(List<Integer> codes) {
        List<String> ordinary = new ArrayList<>();
        List<String> compatibility = new ArrayList<>();
        for (int code : codes) (compatibility(code) ? compatibility : ordinary).add(Character.toString(code));
        ordinary.addAll(compatibility);
        return ordinary;
    }

    /** CJK radicals (supplement and Kangxi) and compatibility ideographs: look-alikes of the unified ideographs. */
    static boolean compatibility(int code) {
        return code >= 0x2E80 && code <= 0x2FDF || code >= 0xF900 && code <= 0xFAFF || code >= 0x2F800 && code <= 0x2FA1F;
    }
}
