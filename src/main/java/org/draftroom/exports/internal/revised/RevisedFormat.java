package org.draftroom.exports.internal.revised;

import java.util.ArrayList;
import java.util.List;

import org.draftroom.exports.RevisedTable;
import org.draftroom.exports.internal.compare.TextDiff;
import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Labels;
import org.draftroom.exports.internal.render.Mode;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Rendition;
import org.draftroom.exports.internal.render.RenditionBuilder;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

/**
 * Tables in revised format as part of the intermediate representation: a cell whose wording changed is
 * diffed (figures struck through and underlined), proposals read in the house notation with their authors.
 */
public final class RevisedFormat {
    private RevisedFormat() {
    }

    public static Rendition.Part part(RevisedTable.Page page, Names names, Author revision) {
        Labels labels = Labels.of(page.header().language());
        List<Node> body = new ArrayList<>();
        for (RevisedTable table : page.tables()) {
            if (table.caption() != null) body.add(new Node.Heading(table.id() + "_caption", "", List.of(Run.plain(table.caption()))));
            List<Node.Row> rows = new ArrayList<>();
            rows.add(new Node.Row(true, table.headers().stream().map(h -> List.<Run>of(Run.plain(h))).toList()));
            for (RevisedTable.Row row : table.rows()) {
                rows.add(new Node.Row(false, row.cells().stream().map(c -> cell(c, page.header(), names, revision))
                        .toList()));
            }
            body.add(new Node.Table(table.id(), rows));
        }
        return new Rendition.Part(page.header().symbol(), RenditionBuilder.header(page.header(), labels), body,
                labels.end(page.header().annexLabel()));
    }

    static List<Run> cell(RevisedTable.Cell cell, DocumentHeader header, Names names, Author revision) {
        List<Run> after = runs(cell.after(), header, names);
        if (cell.before() == null) return List.of(new Run.Change(Run.Type.INSERT, revision, null, after));
        if (Walk.plainText(cell.before()).equals(Walk.plainText(cell.after()))) return after;
        return TextDiff.diff(Run.text(runs(cell.before(), header, names)), Run.text(after), revision);
    }

    /** Inline content in the house notation, through the same renderer as whole documents. */
    private static List<Run> runs(List<Inline> content, DocumentHeader header, Names names) {
        NegotiationDocument cell = new NegotiationDocument("cell", header,
                List.of(new Paragraph("c", false, content, List.of(), Status.OPEN, false)), List.of());
        Node.Para para = (Node.Para) RenditionBuilder.part(cell, names, Mode.BRACKETS, null).body().getFirst();
        return para.runs();
    }
}
