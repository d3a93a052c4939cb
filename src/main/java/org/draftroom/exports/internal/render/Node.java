package org.draftroom.exports.internal.render;

import java.util.List;

/** Block-level content of the intermediate representation. */
public sealed interface Node permits Node.Heading, Node.Para, Node.Alternative, Node.Table {

    /** Stable id of the model block it comes from (used as AKN eId and DOCX bookmark), may be null. */
    String id();

    /** A section heading such as "A. 背景". */
    record Heading(String id, String label, List<Run> runs) implements Node {
        public Heading {
            runs = List.copyOf(runs);
        }
    }

    /**
     * A paragraph-like block.
     *
     * @param label displayed number or marker ("5.", "(a)", "•"), may be empty
     * @param level nesting depth (0 for top-level paragraphs, 1 for their items …)
     */
    record Para(String id, Kind kind, String label, int level, List<Run> runs) implements Node {
        public Para {
            runs = List.copyOf(runs);
        }
    }

    enum Kind { PARAGRAPH, ITEM, FOOTNOTE, STATEMENT, NOTE, CENTERED }

    /**
     * A chair's alternative text (or a multi-paragraph rewrite) standing in for the blocks it replaces.
     *
     * @param replaces ids of the replaced model blocks
     * @param caption  "主席的替代案文，代替第 12、13段" in the document's language
     * @param author   who proposes it, for tracked changes
     */
    record Alternative(String id, List<String> replaces, String caption, Author author, List<Node> body,
                       List<Run> trailer) implements Node {
        public Alternative {
            replaces = List.copyOf(replaces);
            body = List.copyOf(body);
            trailer = List.copyOf(trailer);
        }
    }

    /** A simple table: rows of cells, the first rows possibly a header. */
    record Table(String id, List<Row> rows) implements Node {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    record Row(boolean header, List<List<Run>> cells) {
        public Row {
            cells = cells.stream().map(List::copyOf).toList();
        }
    }
}
