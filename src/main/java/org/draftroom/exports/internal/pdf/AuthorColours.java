package org.draftroom.exports.internal.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.exports.internal.render.XmlText;

/**
 * A colour and a key number per author of tracked changes, in order of first appearance, and the legend that
 * names them: in print the reader sees who proposed what without hovering (the key also reads in grey).
 */
final class AuthorColours {
    /** Dark enough for 4.5:1 contrast on white, told apart by hue. */
    private static final List<String> PALETTE = List.of("#1f4e9c", "#a61c00", "#38761d", "#741b47", "#0b6e79",
            "#7f5200", "#5b3c99", "#9c2f6b", "#3d5a00", "#8a3b00");
    private final Map<String, Author> authors = new LinkedHashMap<>();

    static AuthorColours of(Rendition rendition) {
        AuthorColours colours = new AuthorColours();
        for (Rendition.Part part : rendition.parts()) colours.nodes(part.body());
        return colours;
    }

    boolean any() {
        return !authors.isEmpty();
    }

    /** 1-based key of an author, 0 when it has none (comparisons credit no delegation). */
    int key(Author author) {
        if (author == null) return 0;
        int i = 1;
        for (String id : authors.keySet()) {
            if (id.equals(author.id())) return i;
            i++;
        }
        return 0;
    }

    String css() {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= authors.size(); i++) {
            String colour = PALETTE.get((i - 1) % PALETTE.size());
            out.append(".a").append(i).append("{color:").append(colour).append(";}")
                    .append(".sw").append(i).append("{background:").append(colour).append(";}");
        }
        return out.toString();
    }

    /** "Proposals by: ■ 1 Pakistan  ■ 2 Russian Federation …" in the document's language. */
    String legend(String caption) {
        StringBuilder out = new StringBuilder("<p class=\"legend\">").append(XmlText.escape(caption));
        int i = 1;
        for (Author author : authors.values()) {
            out.append(" <span class=\"key a").append(i).append("\"><span class=\"swatch sw").append(i)
                    .append("\">\u00a0\u00a0</span>\u00a0<sup>").append(i).append("</sup>\u00a0")
                    .append(XmlText.escape(author.name())).append("</span>");
            i++;
        }
        return out.append("</p>").toString();
    }

    private void nodes(List<Node> nodes) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading h -> runs(h.runs());
                case Node.Para p -> runs(p.runs());
                case Node.Alternative a -> {
                    nodes(a.body());
                    runs(a.trailer());
                }
                case Node.Table t -> t.rows().forEach(r -> r.cells().forEach(this::runs));
            }
        }
    }

    private void runs(List<Run> runs) {
        for (Run run : runs) {
            if (run instanceof Run.Change c) {
                if (c.author() != null && !c.author().ids().isEmpty()) authors.putIfAbsent(c.author().id(), c.author());
                runs(c.runs());
            }
        }
    }
}
