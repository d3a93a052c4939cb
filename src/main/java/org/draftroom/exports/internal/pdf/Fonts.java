package org.draftroom.exports.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts embedded in our PDFs. CJK: Noto Sans SC as TrueType (the build fetches it from the npm package
 * {@code @expo-google-fonts/noto-sans-sc} into the jar, see {@code src/build/fetch-fonts.sh}; Debian's
 * {@code fonts-noto-cjk} ships CFF outlines in a TTC, which PDFBox cannot subset). Latin, Cyrillic and
 * Arabic: DejaVu Sans from Debian's {@code fonts-dejavu-core}, Noto Sans Arabic from {@code fonts-noto-core}.
 * Files are read once and kept in memory; PDFBox subsets them per document.
 */
public final class Fonts {
    public static final String CJK = "Noto Sans SC";
    private static final String CJK_REGULAR = "/fonts/NotoSansSC-Regular.ttf";
    private static final String CJK_BOLD = "/fonts/NotoSansSC-Bold.ttf";
    private static volatile Fonts loaded;

    private final List<Face> faces;

    record Face(String family, int weight, byte[] data) {
    }

    private Fonts(List<Face> faces) {
        this.faces = faces;
    }

    public static Fonts get() {
        Fonts fonts = loaded;
        if (fonts == null) {
            synchronized (Fonts.class) {
                if (loaded == null) loaded = load();
                fonts = loaded;
            }
        }
        return fonts;
    }

    private static Fonts load() {
        List<Face> faces = new ArrayList<>();
        byte[] cjk = resource(CJK_REGULAR);
        if (cjk == null) {
            throw new IllegalStateException("The CJK font " + CJK_REGULAR + " is not on the classpath: the build "
                    + "fetches it with src/build/fetch-fonts.sh (npm package @expo-google-fonts/noto-sans-sc)");
        }
        faces.add(new Face(CJK, 400, cjk));
        byte[] cjkBold = resource(CJK_BOLD);
        if (cjkBold != null) faces.add(new Face(CJK, 700, cjkBold));
        file(faces, "DejaVu Sans", 400, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        file(faces, "DejaVu Sans", 700, "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
        file(faces, "Noto Sans Arabic", 400, "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf");
        file(faces, "Noto Sans Arabic", 700, "/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf");
        return new Fonts(List.copyOf(faces));
    }

    /** CSS font-family list: the CJK face first for Chinese so that its full-width punctuation is used. */
    public String families(String language) {
        List<String> order = new ArrayList<>();
        boolean cjkFirst = language != null && (language.startsWith("zh") || language.startsWith("ja"));
        if (cjkFirst) order.add(CJK);
        faces.stream().map(Face::family).distinct().filter(f -> !f.equals(CJK)).forEach(order::add);
        if (!cjkFirst) order.add(CJK);
        return String.join(",", order.stream().map(f -> "'" + f + "'").toList());
    }

    public List<String> familiesPresent() {
        return faces.stream().map(f -> f.family() + " " + f.weight()).toList();
    }

    /**
     * Parsed fonts for one PDF at a time. Parsing a 10 MB CJK font costs more than laying out a whole
     * document, so parsed sets are kept and lent out; PDFBox fonts are not thread-safe, hence one set per
     * concurrent export (more are parsed when all are lent).
     */
    Parsed borrow() {
        Parsed set = pool.poll();
        return set != null ? set : parse();
    }

    void giveBack(Parsed set) {
        if (pool.size() < 2) pool.offer(set);
    }

    private final java.util.concurrent.ConcurrentLinkedQueue<Parsed> pool = new java.util.concurrent.ConcurrentLinkedQueue<>();

    record ParsedFace(Face face, TrueTypeFont font) {
    }

    record Parsed(List<ParsedFace> faces) {
        void register(PdfRendererBuilder builder, PDDocument document) throws IOException {
            for (ParsedFace f : faces) {
                builder.useFont(new PDFontSupplier(PDType0Font.load(document, f.font(), true)), f.face().family(),
                        f.face().weight(), BaseRendererBuilder.FontStyle.NORMAL, true);
            }
        }
    }

    private Parsed parse() {
        List<ParsedFace> parsed = new ArrayList<>();
        try {
            for (Face face : faces) {
                parsed.add(new ParsedFace(face, new TTFParser().parse(new RandomAccessReadBuffer(face.data()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sources == null) {
            Map<String, GlyphSources> bySource = new HashMap<>();
            for (ParsedFace f : parsed) bySource.put(postScriptName(f.font()), GlyphSources.of(f.font()));
            sources = Map.copyOf(bySource);
        }
        return new Parsed(List.copyOf(parsed));
    }

    private volatile Map<String, GlyphSources> sources;

    /** Glyphs of each face that several texts stand behind, by PostScript name (as the PDF names the font). */
    Map<String, GlyphSources> glyphSources() {
        if (sources == null) giveBack(borrow());
        return sources;
    }

    private static String postScriptName(TrueTypeFont font) {
        try {
            return font.getName();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = Fonts.class.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void file(List<Face> faces, String family, int weight, String path) {
        Path file = Path.of(path);
        if (!Files.isReadable(file)) return;
        try {
            faces.add(new Face(family, weight, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
