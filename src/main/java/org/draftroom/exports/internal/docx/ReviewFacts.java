package org.draftroom.exports.internal.docx;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.draftroom.exports.internal.render.Author;
import org.draftroom.exports.internal.render.Labels;
import org.draftroom.exports.internal.render.Names;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;

/**
 * What Word's review tools need beyond the rendition: when each proposal was made (from the document's
 * history, never the export time) and, for block proposals the rendition only shows as a note, what they do
 * (kind, the blocks they act on, who proposes them), so a deletion described in words becomes a deletion.
 */
public record ReviewFacts(Map<String, Instant> dates, Instant fallback, Map<String, BlockProposal> blocks,
                          Map<String, Status> statuses) {

    /** A block proposal as Word review needs it. */
    public record BlockProposal(Proposal proposal, Author author) {
    }

    public ReviewFacts {
        dates = Map.copyOf(dates);
        blocks = Map.copyOf(blocks);
        statuses = Map.copyOf(statuses);
    }

    /** The block proposal a rendition node stands for; null when none (a note or paragraph without an id has none). */
    public BlockProposal block(String id) {
        return id == null ? null : blocks.get(id);
    }

    /** No history known: changes carry the given date, or none at all when it is null. */
    public static ReviewFacts undated(Instant fallback) {
        return new ReviewFacts(Map.of(), fallback, Map.of(), Map.of());
    }

    /**
     * @param dates    when proposals and positions were made, by id
     * @param fallback the date of anything the history does not date (the date of the text it came in with)
     */
    public static ReviewFacts of(List<NegotiationDocument> documents, Names names, Map<String, Instant> dates,
                                 Instant fallback) {
        Map<String, BlockProposal> blocks = new HashMap<>();
        Map<String, Status> statuses = new HashMap<>();
        for (NegotiationDocument document : documents) {
            Labels labels = Labels.of(document.header().language());
            for (Block block : Walk.blocks(document)) {
                if (block instanceof ProposalBlock pb) {
                    blocks.put(pb.id(), new BlockProposal(pb.proposal(), names.author(pb.proposal().actors(), labels)));
                }
            }
            for (Proposal p : Walk.proposals(document)) statuses.put(p.id(), p.status());
        }
        return new ReviewFacts(dates, fallback, blocks, statuses);
    }

    /** A proposal's status; open when unknown (the rendition shows it as a change). */
    public Status status(String proposalId) {
        Status s = proposalId == null ? null : statuses.get(proposalId);
        return s == null ? Status.OPEN : s;
    }

    /** When the proposal (or position) was made, or null when nothing dates it. */
    public Instant date(String id) {
        Instant at = id == null ? null : dates.get(id);
        return at != null ? at : fallback;
    }
}
