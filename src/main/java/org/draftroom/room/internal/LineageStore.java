package org.draftroom.room.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.draftroom.negotiation.TextLimits;
import org.draftroom.room.LineageLink;

/** Links from a chair's text to the proposals it drew on; they outlive the proposals once the text is adopted. */
@Component
public class LineageStore {
    /** The column's width (V3_0__room.sql); the summary describes the proposal, which itself is in the text. */
    static final int LINEAGE_SUMMARY = 2_000;
    private final JdbcClient jdbc;

    LineageStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String documentId, LineageLink link) {
        jdbc.sql("""
                merge into room_chair_lineage (document_id, chair_proposal_id, source_proposal_id, summary)
                key (document_id, chair_proposal_id, source_proposal_id) values (?, ?, ?, ?)""")
                .params(documentId, link.chairProposalId(), link.sourceProposalId(),
                        TextLimits.abbreviate(link.summary(), LINEAGE_SUMMARY)).update();
    }

    public List<LineageLink> of(String documentId) {
        return jdbc.sql("select chair_proposal_id, source_proposal_id, summary from room_chair_lineage where document_id = ?"
                        + " order by chair_proposal_id, source_proposal_id")
                .param(documentId)
                .query((rs, n) -> new LineageLink(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }
}
