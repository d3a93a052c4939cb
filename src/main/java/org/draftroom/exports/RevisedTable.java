package org.draftroom.exports;

import java.util.List;

import org.draftroom.negotiation.Inline;

/**
 * A simple table in "revised format": each cell holds its wording before and after the session, so that
 * changed figures show as struck and underlined (963 → 1,463), with delegations' proposals inline (as model
 * proposals, nested where one amends another). Kept in the exports module: the negotiation model has no table
 * block yet.
 *
 * @param caption e.g. "战略支柱 4：…"
 */
public record RevisedTable(String id, String caption, List<String> headers, List<Row> rows) {
    public RevisedTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** @param before null for a cell that is new in this version */
    public record Cell(List<Inline> before, List<Inline> after) {
        public Cell {
            before = before == null ? null : List.copyOf(before);
            after = List.copyOf(after);
        }

        public static Cell unchanged(List<Inline> text) {
            return new Cell(text, text);
        }
    }

    /** A page of such tables with its document header. */
    public record Page(org.draftroom.negotiation.DocumentHeader header, List<RevisedTable> tables) {
        public Page {
            tables = List.copyOf(tables);
        }
    }
}
