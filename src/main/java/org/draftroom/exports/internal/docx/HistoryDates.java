package org.draftroom.exports.internal.docx;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.draftroom.documents.HistoryEntry;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;

/**
 * When each proposal, position and statement was made, read from the document's history: the time of the first
 * revision whose text holds it. What the first revision brought (a text imported or created with its proposals)
 * was made no later than the date that text carries, so it takes that date when earlier.
 */
final class HistoryDates {
    private final Map<String, Instant> dates = new HashMap<>();
    private long revision;

    /** Dates as of a revision, carried forward: each call reads only the revisions not read before. */
    synchronized Map<String, Instant> upTo(List<HistoryEntry> history, long upTo, LongFunction<NegotiationDocument> asOf) {
        for (HistoryEntry entry : history) {
            if (entry.revision() <= revision || entry.revision() > upTo) continue;
            NegotiationDocument text = asOf.apply(entry.revision());
            Instant at = entry.at();
            if (revision == 0 && text.header().date() != null) {
                Instant issued = text.header().date().atStartOfDay(ZoneOffset.UTC).toInstant();
                if (issued.isBefore(at)) at = issued;
            }
            for (String id : ids(text)) dates.putIfAbsent(id, at);
            revision = entry.revision();
        }
        return Map.copyOf(dates);
    }

    long revision() {
        return revision;
    }

    /** A text issued on a day holds nothing made after it: later or unknown dates become that day. */
    static Map<String, Instant> asIssued(Map<String, Instant> dates, NegotiationDocument text, LocalDate issuedOn) {
        Instant issued = issuedOn.atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Instant> out = new HashMap<>();
        for (String id : ids(text)) {
            Instant at = dates.get(id);
            out.put(id, at != null && at.isBefore(issued) ? at : issued);
        }
        return out;
    }

    static List<String> ids(NegotiationDocument text) {
        List<String> ids = new java.util.ArrayList<>();
        for (Proposal p : Walk.proposals(text)) {
            ids.add(p.id());
            for (Position position : p.positions()) ids.add(position.id());
        }
        for (Block block : Walk.blocks(text)) if (block instanceof Statement s) ids.add(s.id());
        return ids;
    }
}
