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
        // standard SQL MERGE (H2 and PostgreSQL 15+), not H2's "merge … key" (ADR 0014)
        jdbc.sql("""
                merge into room_chair_lineage l
                using (values (?, ?, ?, ?)) n (document_id, chair_proposal_id, source_proposal_id, summary)
                    on l.document_id = n.document_id and l.chair_proposal_id = n.chair_proposal_id
                        and l.source_proposal_id = n.source_proposal_id
                when matched then update set summary = n.summary
                when not matched then insert (document_id, chair_proposal_id, source_proposal_id, summary)
                    values (n.document_id, n.chair_proposal_id, n.source_proposal_id, n.summary)""")
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
