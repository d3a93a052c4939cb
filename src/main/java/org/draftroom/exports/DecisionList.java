package org.draftroom.exports;

import java.util.List;

import org.draftroom.negotiation.DocumentHeader;

/**
 * A session's list of decisions ("决定一览"): per agenda item, the documents it concerns and the decision
 * text, whose points ((i), (ii), bullets, i./ii.) reference annexes.
 *
 * @param closing the closing line as issued ("[后接附件]"), may be null
 */
public record DecisionList(DocumentHeader header, List<Paragraph> preamble, List<AgendaDecision> items,
                           String closing) {
    public DecisionList {
        preamble = List.copyOf(preamble);
        items = List.copyOf(items);
    }

    /** One agenda item: "议程第 11项 2021年评价产权组织驻外办事处的职权范围草案". */
    public record AgendaDecision(int number, String title, List<String> documents, List<Paragraph> text) {
        public AgendaDecision {
            documents = List.copyOf(documents);
            text = List.copyOf(text);
        }
    }

    /**
     * A paragraph of decision text.
     *
     * @param label "(i)", "•", "i.", "-", "1." or empty for running text
     * @param level 0 for running text and (i)-points, 1 for what nests under a point
     */
    public record Paragraph(String label, int level, String text) {
    }
}
