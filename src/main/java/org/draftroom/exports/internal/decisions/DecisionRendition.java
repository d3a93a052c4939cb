package org.draftroom.exports.internal.decisions;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.exports.DecisionList;
import org.draftroom.exports.internal.render.Labels;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;

/** A list of decisions (or a cover note) as a part of the intermediate representation. */
public final class DecisionRendition {
    private DecisionRendition() {
    }

    public static Rendition.Part part(DecisionList list, String closing) {
        Labels labels = Labels.of(list.header().language());
        List<Node> body = new ArrayList<>();
        paragraphs(list.preamble(), "pre", body);
        for (DecisionList.AgendaDecision item : list.items()) {
            String id = "item_" + item.number();
            String label = labels.chinese() ? "议程第 " + item.number() + "项" : "Agenda item " + item.number();
            body.add(new Node.Heading(id, label, List.of(Run.plain(item.title()))));
            if (!item.documents().isEmpty()) {
                String docs = String.join(labels.chinese() ? "、" : ", ", item.documents());
                body.add(new Node.Para(id + "_docs", Node.Kind.NOTE, "", 0,
                        List.of(Run.plain(labels.chinese() ? "文件 " + docs + "。" : "Document " + docs + "."))));
            }
            paragraphs(item.text(), id, body);
        }
        return new Rendition.Part(list.header().symbol(), RenditionBuilder.header(list.header(), labels), body,
                closing != null ? closing : list.closing());
    }

    private static void paragraphs(List<DecisionList.Paragraph> paragraphs, String prefix, List<Node> body) {
        int n = 0;
        for (DecisionList.Paragraph p : paragraphs) {
            Node.Kind kind = p.label().isEmpty() ? Node.Kind.PARAGRAPH : Node.Kind.ITEM;
            body.add(new Node.Para(prefix + "_" + ++n, kind, p.label(), p.level(), List.of(Run.plain(p.text()))));
        }
    }
}
