package org.draftroom.room.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.WordDiff.Change;

/**
 * Turns intentions into model changes. Every method is a pure function of the latest document, so the
 * documents module can re-run it on a newer revision when a concurrent write got in first.
 */
public final class Proposing {
    private static final String ONLY_AFTER_ITEMS = "a new item or paragraph can only follow an item or a paragraph";

    private Proposing() {
    }

    public static String newId(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /**
     * Records {@code changes} (made against {@code base}) as proposals of {@code actors} in the block's current
     * wording, rebased when the wording moved on. Each created proposal id goes to {@code created}.
     */
    public static NegotiationDocument proposeChanges(NegotiationDocument doc, String blockId, List<Token> base,
                                                     List<Change> changes, Actors actors, Consumer<String> created) {
        List<Token> current = Tokens.of(DocumentEdits.content(doc, blockId));
        List<Change> mine = Rebase.onto(base, current, changes);
        List<Inline> content = WordDiff.apply(current, mine, c -> {
            String id = newId("p");
            created.accept(id);
            List<Inline> target = Tokens.toInlines(current.subList(c.start(), c.end()));
            List<Inline> text = Tokens.toInlines(c.replacement());
            ProposalKind kind = c.isInsert() ? ProposalKind.INSERT : c.isDelete() ? ProposalKind.DELETE : ProposalKind.REPLACE;
            return List.of(new Token(null, Proposal.inline(id, kind, actors, target, text)));
        });
        return DocumentEdits.withContent(doc, blockId, content);
    }

    /** The secretariat's own edit of the base text: the changed words simply become the text. */
    public static NegotiationDocument editBase(NegotiationDocument doc, String blockId, List<Token> base,
                                               List<Change> changes) {
        List<Token> current = Tokens.of(DocumentEdits.content(doc, blockId));
        List<Change> mine = Rebase.onto(base, current, changes);
        return DocumentEdits.withContent(doc, blockId, WordDiff.apply(current, mine, Change::replacement));
    }

    /**
     * A proposal over a span of wording (request brackets, retain, exclude): the {@code occurrence}-th (1-based)
     * appearance of {@code span} within one run of plain text.
     */
    public static NegotiationDocument proposeOnSpan(NegotiationDocument doc, String blockId, String span, int occurrence,
                                                    ProposalKind kind, Actors actors, String proposalId) {
        if (span == null || span.isBlank()) throw new IllegalArgumentException("the span of wording is empty");
        List<Inline> content = DocumentEdits.content(doc, blockId);
        List<Inline> out = new ArrayList<>();
        int seen = 0;
        boolean done = false;
        for (Inline inline : content) {
            if (done || !(inline instanceof Text t)) {
                out.add(inline);
                continue;
            }
            int from = 0;
            int at;
            while (!done && (at = t.text().indexOf(span, from)) >= 0) {
                if (++seen == occurrence) {
                    out.add(new Text(t.text().substring(0, at)));
                    out.add(Proposal.inline(proposalId, kind, actors, List.of(new Text(span)), List.of()));
                    out.add(new Text(t.text().substring(at + span.length())));
                    done = true;
                }
                from = at + 1;
            }
            if (!done) out.add(inline);
        }
        if (!done) {
            throw new IllegalArgumentException("“" + span + "” does not occur " + (occurrence > 1 ? occurrence + " times " : "")
                    + "in the plain wording of " + blockId + " (a span cannot cross a proposal already on the table)");
        }
        return DocumentEdits.withContent(doc, blockId, Rewriter.mergeText(out));
    }

    /** A new paragraph or item proposed after an existing one, of the same kind. */
    public static NegotiationDocument addAfter(NegotiationDocument doc, String afterId, String wording, Actors actors,
                                               String proposalId) {
        if (wording == null || wording.isBlank()) throw new IllegalArgumentException("the new wording is empty");
        Block after = DocumentEdits.requireBlock(doc, afterId);
        Block added = switch (after) {
            case Item i -> new Item(newId("i"), i.marker(), List.of(new Text(wording.strip())), List.of(), true);
            case Paragraph p -> new Paragraph(newId("b"), p.numbered(), List.of(new Text(wording.strip())), List.of(),
                    Status.OPEN, true);
            case Footnote _ -> throw new IllegalArgumentException(ONLY_AFTER_ITEMS);
            case Statement _ -> throw new IllegalArgumentException(ONLY_AFTER_ITEMS);
            case ProposalBlock _ -> throw new IllegalArgumentException(ONLY_AFTER_ITEMS);
        };
        Proposal proposal = new Proposal(proposalId, ProposalKind.ADD_ITEM, actors, List.of(), List.of(),
                List.of(afterId), null, List.of(added), Status.OPEN, List.of(), List.of(), null);
        return DocumentEdits.insertAfter(doc, afterId, new ProposalBlock(newId("pb"), proposal));
    }

    /**
     * New wording for a whole paragraph, as one proposal of {@code actors}: a block proposal right after it. The
     * paragraph may hold proposals already; they stay as they are, the rewrite is an alternative to it all.
     */
    public static NegotiationDocument rewrite(NegotiationDocument doc, String paragraphId, String wording, Actors actors,
                                              String proposalId) {
        if (wording == null || wording.isBlank()) throw new IllegalArgumentException("the new wording is empty");
        if (!(DocumentEdits.requireBlock(doc, paragraphId) instanceof Paragraph)) {
            throw new IllegalArgumentException("only a paragraph can be rewritten as a whole; propose changes to an item instead");
        }
        Proposal proposal = new Proposal(proposalId, ProposalKind.REWRITE, actors, List.of(), List.of(new Text(wording.strip())),
                List.of(paragraphId), null, List.of(), Status.OPEN, List.of(), List.of(), null);
        return DocumentEdits.insertAfter(doc, paragraphId, new ProposalBlock(newId("pb"), proposal));
    }

    /** Move, delete, retain or chair's suggestion about a whole paragraph: a block proposal right after it. */
    public static NegotiationDocument aboutBlock(NegotiationDocument doc, String blockId, ProposalKind kind, Actors actors,
                                                 String destination, String note, String proposalId) {
        DocumentEdits.requireBlock(doc, blockId);
        String sectionId = null;
        if (kind == ProposalKind.MOVE || (kind == ProposalKind.CHAIR_SUGGESTION && destination != null && !destination.isBlank())) {
            if (destination == null || destination.isBlank()) throw new IllegalArgumentException("a move needs a destination section");
            sectionId = DocumentEdits.section(doc, destination).id();
            if (sectionId.equals(DocumentEdits.sectionOf(doc, blockId))) {
                throw new IllegalArgumentException("the paragraph is already in section " + destination);
            }
        }
        List<Inline> text = note == null || note.isBlank() ? List.of() : List.of(new Text(note.strip()));
        Proposal proposal = new Proposal(proposalId, kind, actors, List.of(), text, List.of(blockId), sectionId,
                List.of(), Status.OPEN, List.of(), List.of(), null);
        return DocumentEdits.insertAfter(doc, blockId, new ProposalBlock(newId("pb"), proposal));
    }

    /**
     * Withdraws a proposal for {@code delegation}: the first proposer withdraws it; a co-sponsor only takes
     * its own name off. Anyone else is refused by {@code refuse}.
     */
    public static NegotiationDocument withdraw(NegotiationDocument doc, String proposalId, String delegation,
                                               Consumer<String> refuse) {
        Proposal p = DocumentEdits.requireProposal(doc, proposalId);
        if (p.status() != Status.OPEN) {
            throw new IllegalArgumentException("the proposal is " + p.status().wire() + ", only open proposals can be withdrawn");
        }
        List<String> by = p.actors().by();
        if (!by.contains(delegation) && !delegation.equals(p.actors().onBehalfOf())) {
            refuse.accept("only the delegation that made a proposal (or a co-sponsor, for its own name) can withdraw it");
        }
        Proposal changed;
        if (by.size() > 1 && !by.getFirst().equals(delegation) && by.contains(delegation)) {
            List<String> rest = by.stream().filter(d -> !d.equals(delegation)).toList();
            changed = CoSponsoring.with(p, new Actors(rest, p.actors().onBehalfOf(), p.actors().requested()));
        } else {
            changed = p.withStatus(Status.WITHDRAWN);
        }
        return replaceProposal(doc, changed);
    }

    public static NegotiationDocument replaceProposal(NegotiationDocument doc, Proposal changed) {
        return Rewriter.create().proposals(p -> p.id().equals(changed.id()) ? changed : p).apply(doc);
    }
}
