package org.draftroom.exports.internal.compare;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Run;

/**
 * One comparable piece of a version: a heading, paragraph, item, statement or table row, with its
 * displayed label and its text in the house notation (so proposals and attributions count as text).
 */
record Unit(String id, Node.Kind kind, boolean heading, String label, int level, String text) {

    static List<Unit> of(List<Node> nodes) {
        List<Unit> out = new ArrayList<>();
        flatten(nodes, out, "");
        return out;
    }

    private static void flatten(List<Node> nodes, List<Unit> out, String idPrefix) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Heading h -> out.add(new Unit(idPrefix + h.id(), Node.Kind.PARAGRAPH, true, h.label(), 0,
                        Run.text(h.runs())));
                case Node.Para p -> out.add(new Unit(idPrefix + p.id(), p.kind(), false, p.label(), p.level(),
                        Run.text(p.runs())));
                case Node.Alternative a -> {
                    out.add(new Unit(idPrefix + a.id(), Node.Kind.NOTE, false, "", 0, "[" + a.caption()));
                    flatten(a.body(), out, idPrefix + a.id() + "/");
                    out.add(new Unit(idPrefix + a.id() + "/end", Node.Kind.NOTE, false, "", 0,
                            Run.text(a.trailer()) + "]"));
                }
                case Node.Table t -> {
                    int row = 0;
                    for (Node.Row r : t.rows()) {
                        out.add(new Unit(idPrefix + t.id() + "/" + row++, Node.Kind.PARAGRAPH, false, "", 0,
                                String.join(" | ", r.cells().stream().map(Run::text).toList())));
                    }
                }
            }
        }
    }

    boolean paragraphLike() {
        return !heading && (kind == Node.Kind.PARAGRAPH || kind == Node.Kind.ITEM);
    }
}
