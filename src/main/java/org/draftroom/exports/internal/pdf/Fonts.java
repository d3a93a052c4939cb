package org.draftroom.exports.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts embedded in our PDFs. CJK: Noto Sans SC as TrueType (the build fetches it from the npm package
 * {@code @expo-google-fonts/noto-sans-sc} into the jar, see {@code scripts/fetch-fonts.sh}; Debian's
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
                    + "fetches it with scripts/fetch-fonts.sh (npm package @expo-google-fonts/noto-sans-sc)");
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

    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.data()), face.family(), face.weight(),
                    BaseRendererBuilder.FontStyle.NORMAL, true);
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
