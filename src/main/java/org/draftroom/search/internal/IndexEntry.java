package org.draftroom.search.internal;

import java.util.List;

/**
 * One searchable unit: a paragraph or item, a proposal, a position or a statement.
 *
 * @param entryId     unique within the document (the block, proposal or position id)
 * @param blockId     the paragraph (or block) to jump to
 * @param label       displayed label of that paragraph, e.g. "§5", "§6 (a)", "A."
 * @param section     section label and heading, e.g. "F. 评价的管理"; empty before the first section
 * @param kind        paragraph, footnote, statement, a proposal kind's wire name, or a stance's wire name
 * @param status      wire name of the status, empty when the entry has none
 * @param delegations proposer or position holder, with the group spoken for
 * @param text        the searchable text
 * @param context     for positions: the wording they are about (shown, not searched)
 * @param order       reading order within the document
 */
record IndexEntry(String entryId, String blockId, String label, String section, String kind, String status,
                  List<String> delegations, String text, String context, int order) {
    IndexEntry {
        delegations = List.copyOf(delegations);
    }
}
