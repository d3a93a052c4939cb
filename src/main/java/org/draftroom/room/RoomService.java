package org.draftroom.room;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.HeavyWork;
import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.TextLimits;
import org.draftroom.room.internal.AdoptionPreviews;
import org.draftroom.room.internal.Agreement;
import org.draftroom.room.internal.AgreementUndo;
import org.draftroom.room.internal.ChairDrafts;
import org.draftroom.room.internal.ChairTexts;
import org.draftroom.room.internal.Describe;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.room.internal.LineageStore;
import org.draftroom.room.internal.Positions;
import org.draftroom.room.internal.Proposing;
import org.draftroom.room.internal.RoomRules;
import org.draftroom.room.internal.Summaries;
import org.draftroom.room.internal.TypedText;
import org.draftroom.room.internal.Tokens;
import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.security.Role;

/**
 * Everything said and decided in the room, as changes to the negotiation text. Delegations propose and state
 * positions (the secretariat may record either for any delegation), the chair writes alternative texts and
 * suggestions, the secretariat edits the base text and marks text agreed. Roles are checked by
 * {@code @PreAuthorize} through {@link RoomRules}, the finer rules (acting only for one's own delegation, group
 * membership, withdrawing only one's own proposals) in the methods; every refusal is published as a
 * {@link RuleViolation} and changes nothing.
 */
@Service
public class RoomService {
    private static final String WRITERS = "{'DELEGATE','SECRETARIAT'}";

    private final DocumentService documents;
    private final RoomRules rules;
    private final LineageStore lineage;
    private final AgreementUndo undo;
    private final ApplicationEventPublisher events;
    private final RoomWrites writes;
    private final RoomRecords records;

    RoomService(DocumentService documents, RoomRules rules, LineageStore lineage, ApplicationEventPublisher events,
                HeavyWork heavy, DelegationRegistry delegations) {
        this.documents = documents;
        this.records = new RoomRecords(documents, delegations);
        this.writes = new RoomWrites(documents, heavy, records);
        this.rules = rules;
        this.lineage = lineage;
        this.undo = new AgreementUndo(documents);
        this.events = events;
    }

    /** The wording to edit in suggestion mode, with the revision to send back as the edit's base. */
    @PreAuthorize("isAuthenticated()")
    public Wording wording(String documentId, String blockId) {
        StoredDocument stored = documents.get(documentId);
        List<Token> tokens = Tokens.of(DocumentEdits.content(stored.document(), blockId));
        Describe d = records.describe(stored.document());
        List<String> markers = Tokens.atoms(tokens).stream().map(d::atom).toList();
        return new Wording(documentId, blockId, Tokens.render(tokens), stored.revision(), markers);
    }

    /**
     * Suggestion mode: the submitted wording is diffed against the wording of {@code baseRevision} (latest when
     * null) and recorded as the delegation's insertions, deletions and replacements. If the paragraph changed
     * since, the edit is rebased when it touches other words, else refused with {@link RoomConflictException}.
     */
    @PreAuthorize("@roomRules.allows(#documentId, 'propose', " + WRITERS + ")")
    public RoomOutcome proposeWording(String documentId, String blockId, String newWording, Long baseRevision,
                                      Acting acting) {
        return rules.guarded(() -> {
            Actors actors = rules.actorsFor(documentId, "propose", acting);
            return writes.diffAndApply(documentId, blockId, newWording, baseRevision, "propose", actors,
                    (base, changes, ids) -> doc -> Proposing.proposeChanges(doc, blockId, base, changes, actors, ids::add));
        });
    }

    /** The secretariat's own edit of the base text (not a proposal), same base/rebase rules. */
    @PreAuthorize("@roomRules.allows(#documentId, 'edit-base', {'SECRETARIAT'})")
    public RoomOutcome editBase(String documentId, String blockId, String newWording, Long baseRevision) {
        return rules.guarded(() -> writes.diffAndApply(documentId, blockId, newWording, baseRevision, "edit-base",
                Actors.of(Actors.SECRETARIAT), (base, changes, ids) -> doc -> Proposing.editBase(doc, blockId, base, changes)));
    }

    /** Request brackets around, retain, or exclude the {@code occurrence}-th appearance of {@code span}. */
    @PreAuthorize("@roomRules.allows(#documentId, 'propose', " + WRITERS + ")")
    public RoomOutcome proposeOnSpan(String documentId, String blockId, ProposalKind kind, String span, int occurrence,
                                     Acting acting) {
        return rules.guarded(() -> {
            if (kind != ProposalKind.REQUEST_BRACKETS && kind != ProposalKind.RETAIN && kind != ProposalKind.EXCLUDE) {
                throw new IllegalArgumentException("a span proposal is request-brackets, retain or exclude, not " + kind.wire());
            }
            TextLimits.check("the span", span, TextLimits.WORDING, true);
            Actors actors = rules.actorsFor(documentId, "propose", acting);
            String id = Proposing.newId("p");
            Describe d = describe(documentId);
            return writes.apply(documentId, "propose", blockId, actors, d.actors(actors) + ": " + kind.wire().replace('-', ' ')
                            + " “" + span + "” in " + d.where(blockId),
                    doc -> Proposing.proposeOnSpan(doc, blockId, span, Math.max(1, occurrence), kind, actors, id), List.of(id));
        });
    }

    /** A new paragraph or item after {@code afterId}. */
    @PreAuthorize("@roomRules.allows(#documentId, 'propose', " + WRITERS + ")")
    public RoomOutcome proposeNewAfter(String documentId, String afterId, String wording, Acting acting) {
        return rules.guarded(() -> {
            TypedText.check("the wording", wording, TextLimits.WORDING);
            Actors actors = rules.actorsFor(documentId, "propose", acting);
            String id = Proposing.newId("p");
            Describe d = describe(documentId);
            return writes.apply(documentId, "propose", afterId, actors, d.actors(actors) + ": add “" + Describe.clip(wording) + "” after " + d.where(afterId),
                    doc -> Proposing.addAfter(doc, afterId, wording, actors, id), List.of(id));
        });
    }

    /**
     * New wording for a whole paragraph as one proposal of the delegation, also on a paragraph that holds
     * proposals already (they stay; the rewrite is an alternative to the paragraph as a whole).
     */
    @PreAuthorize("@roomRules.allows(#documentId, 'propose', " + WRITERS + ")")
    public RoomOutcome proposeRewrite(String documentId, String paragraphId, String wording, Acting acting) {
        return rules.guarded(() -> {
            TypedText.check("the wording", wording, TextLimits.WORDING);
            Actors actors = rules.actorsFor(documentId, "propose", acting);
            String id = Proposing.newId("p");
            Describe d = describe(documentId);
            return writes.apply(documentId, "propose", paragraphId, actors, d.actors(actors) + ": new wording for "
                            + d.where(paragraphId) + " “" + Describe.clip(wording) + "”",
                    doc -> Proposing.rewrite(doc, paragraphId, wording, actors, id), List.of(id));
        });
    }

    /** Move (to {@code destination}, a section id or label), delete or retain a whole paragraph. */
    @PreAuthorize("@roomRules.allows(#documentId, 'propose', " + WRITERS + ")")
    public RoomOutcome proposeAboutParagraph(String documentId, String blockId, ProposalKind kind, String destination,
                                             Acting acting) {
        return rules.guarded(() -> {
            if (kind != ProposalKind.MOVE && kind != ProposalKind.DELETE && kind != ProposalKind.RETAIN) {
                throw new IllegalArgumentException("about a whole paragraph one proposes move, delete or retain, not " + kind.wire());
            }
            TextLimits.check("the destination", destination, TextLimits.DESTINATION, false);
            Actors actors = rules.actorsFor(documentId, "propose", acting);
            String id = Proposing.newId("p");
            Describe d = describe(documentId);
            return writes.apply(documentId, "propose", blockId, actors, d.actors(actors) + ": " + kind.wire() + " " + d.where(blockId)
                            + (destination == null ? "" : " to " + d.section(destination)),
                    doc -> Proposing.aboutBlock(doc, blockId, kind, actors, destination, null, id), List.of(id));
        });
    }

    /** Withdraws a proposal of the acting delegation (a co-sponsor takes only its name off). */
    @PreAuthorize("@roomRules.allows(#documentId, 'withdraw', " + WRITERS + ")")
    public RoomOutcome withdraw(String documentId, String proposalId, Acting acting) {
        return rules.guarded(() -> {
            String delegation = rules.delegationFor(documentId, "withdraw", acting);
            Describe d = describe(documentId);
            return writes.apply(documentId, "withdraw", holding(documentId, proposalId), Actors.of(delegation),
                    d.name(delegation) + " withdraws " + d.proposal(DocumentEdits.requireProposal(d.doc(), proposalId)),
                    doc -> Proposing.withdraw(doc, proposalId, delegation, reason -> {
                        throw rules.refused(documentId, "withdraw", d.name(delegation) + " cannot withdraw “"
                                + d.proposal(DocumentEdits.requireProposal(doc, proposalId)) + "”: " + reason);
                    }), List.of(proposalId));
        });
    }

    /** Support, oppose, reserve or comment; replaces the delegation's earlier position on the proposal. */
    @PreAuthorize("@roomRules.allows(#documentId, 'position', " + WRITERS + ")")
    public RoomOutcome statePosition(String documentId, String proposalId, Position.Stance stance, String text,
                                     Acting acting) {
        return rules.guarded(() -> {
            Actors actors = rules.actorsFor(documentId, "position", new Acting(acting.delegationId(), acting.onBehalfOf(), List.of()));
            Position position = Positions.of(actors.by().getFirst(), actors.onBehalfOf(), stance, TypedText.check("the position's text", text, TextLimits.POSITION_TEXT));
            Describe d = describe(documentId);
            return writes.apply(documentId, "position", holding(documentId, proposalId), actors, d.actors(actors) + ": " + stance.wire()
                            + " — " + d.proposal(DocumentEdits.requireProposal(d.doc(), proposalId)),
                    doc -> {
                        Status status = DocumentEdits.requireProposal(doc, proposalId).status();
                        if (status == Status.SUPERSEDED || status == Status.WITHDRAWN) {
                            throw rules.refused(documentId, "position", "no position on a " + status.wire() + " proposal: "
                                    + d.proposal(DocumentEdits.requireProposal(doc, proposalId)) + " is no longer on the table");
                        }
                        return Positions.state(doc, proposalId, position);
                    }, List.of(position.id()));
        });
    }

    @PreAuthorize("@roomRules.allows(#documentId, 'position', " + WRITERS + ")")
    public RoomOutcome withdrawPosition(String documentId, String proposalId, Acting acting) {
        return rules.guarded(() -> {
            String delegation = rules.delegationFor(documentId, "position", acting);
            Describe d = describe(documentId);
            return writes.apply(documentId, "position", holding(documentId, proposalId), Actors.of(delegation), d.name(delegation)
                            + " withdraws its position on " + d.proposal(DocumentEdits.requireProposal(d.doc(), proposalId)),
                    doc -> {
                        try {
                            return Positions.withdraw(doc, proposalId, delegation);
                        } catch (IllegalArgumentException none) { // name who and what, not ids
                            throw new IllegalArgumentException(d.name(delegation) + " has no position to withdraw on "
                                    + d.proposal(DocumentEdits.requireProposal(doc, proposalId)), none);
                        }
                    }, List.of());
        });
    }

    /** The starting point of a chair's text over these paragraphs with the chosen proposals merged in. */
    @PreAuthorize("@roomRules.allows(#documentId, 'chair-text', {'CHAIR'})")
    public ChairDraft chairDraft(String documentId, List<String> paragraphIds, Set<String> chosen) {
        StoredDocument stored = documents.get(documentId);
        NegotiationDocument doc = stored.document();
        Describe d = records.describe(doc);
        List<ChairDraft.Candidate> candidates = ChairDrafts.candidates(doc, paragraphIds).stream()
                .map(p -> new ChairDraft.Candidate(p.id(), p.kind().wire(), d.actors(p.actors()), d.proposal(p)))
                .toList();
        return new ChairDraft(paragraphIds, ChairDrafts.startingWording(doc, paragraphIds, chosen), candidates, stored.revision());
    }

    /**
     * Posts a chair's alternative text replacing {@code targetIds}, linked to the proposals it draws on: open
     * proposals inside those paragraphs only (naming any other would supersede it on adoption).
     */
    @PreAuthorize("@roomRules.allows(#documentId, 'chair-text', {'CHAIR'})")
    public RoomOutcome postChairText(String documentId, List<String> targetIds, List<String> wordings, Set<String> drawsOn) {
        return rules.guarded(() -> {
            TypedText.check("the chair's text", wordings, TextLimits.WORDING);
            NegotiationDocument before = documents.load(documentId);
            ChairTexts.checkDrawsOn(before, targetIds, drawsOn, reason -> rules.refused(documentId, "chair-text", reason));
            List<LineageLink> links = new ArrayList<>();
            String id = Proposing.newId("c");
            for (String source : new LinkedHashSet<>(drawsOn)) {
                links.add(new LineageLink(id, source, records.describe(before).proposal(DocumentEdits.requireProposal(before, source))));
            }
            RoomOutcome out = writes.apply(documentId, "chair-text", targetIds.isEmpty() ? null : targetIds.getFirst(),
                    Actors.of(Actors.CHAIR), "the chair: alternative text for " + records.describe(before).paragraphs(targetIds),
                    doc -> {
                        ChairTexts.checkDrawsOn(doc, targetIds, drawsOn, reason -> rules.refused(documentId, "chair-text", reason));
                        return ChairDrafts.post(doc, targetIds, wordings, id);
                    }, List.of(id), (document, revision) -> links.forEach(link -> lineage.add(document, link)));
            return out;
        });
    }

    /** A chair's suggestion about a paragraph: move it to a section, or adopt a proposal if no one objects. */
    @PreAuthorize("@roomRules.allows(#documentId, 'chair-suggestion', {'CHAIR'})")
    public RoomOutcome chairSuggestion(String documentId, String blockId, String text, String destination) {
        return rules.guarded(() -> {
            TypedText.check("the suggestion", text, TextLimits.WORDING);
            TextLimits.check("the destination", destination, TextLimits.DESTINATION, false);
            String id = Proposing.newId("c");
            return writes.apply(documentId, "chair-suggestion", blockId, Actors.of(Actors.CHAIR),
                    "the chair: suggestion on " + describe(documentId).where(blockId),
                    doc -> Proposing.aboutBlock(doc, blockId, ProposalKind.CHAIR_SUGGESTION, Actors.of(Actors.CHAIR),
                            destination, text, id), List.of(id));
        });
    }

    /**
     * The room takes the chair's text as the basis: it replaces the paragraphs it names (still open), and the
     * proposals it drew on inside them become superseded. Only a chair's text qualifies; one replacing agreed
     * paragraphs is taken only by the secretariat (agreed text changes only by the secretariat's act).
     */
    @PreAuthorize("@roomRules.allows(#documentId, 'accept-chair-text', {'CHAIR','SECRETARIAT'})")
    public RoomOutcome acceptChairText(String documentId, String chairProposalId) {
        return rules.guarded(() -> {
            boolean secretariat = rules.user(documentId, "accept-chair-text").role() == Role.SECRETARIAT;
            Set<String> drawsOn = drawsOn(documentId, chairProposalId);
            return writes.apply(documentId, "accept-chair-text", holding(documentId, chairProposalId), Actors.of(Actors.COMMITTEE),
                    records.record(documents.load(documentId), chairProposalId, "taken as the basis: "),
                    doc -> {
                        Proposal text = ChairTexts.require(doc, chairProposalId, reason -> rules.refused(documentId, "accept-chair-text", reason));
                        List<String> agreed = ChairTexts.agreedTargets(doc, text);
                        if (!agreed.isEmpty() && !secretariat) {
                            throw rules.refused(documentId, "accept-chair-text", "the chair's text replaces agreed text ("
                                    + String.join(", ", agreed) + "); only the secretariat can take it as the basis");
                        }
                        Set<String> inside = new LinkedHashSet<>(drawsOn);
                        inside.retainAll(ChairTexts.inside(doc, text.targetIds()));
                        return Agreement.adopt(doc, chairProposalId, inside, Status.OPEN);
                    }, List.of());
        });
    }

    /** What {@link #acceptChairText} would change now, for the confirmation: nothing is written. */
    @PreAuthorize("@roomRules.allows(#documentId, 'accept-chair-text', {'CHAIR','SECRETARIAT'})")
    public AdoptionPreview adoptionPreview(String documentId, String chairProposalId) {
        StoredDocument stored = documents.get(documentId);
        NegotiationDocument doc = stored.document();
        Proposal text = ChairTexts.require(doc, chairProposalId, reason -> new IllegalArgumentException(reason));
        Set<String> inside = new LinkedHashSet<>(drawsOn(documentId, chairProposalId));
        inside.retainAll(ChairTexts.inside(doc, text.targetIds()));
        AdoptionPreviews.Preview p = AdoptionPreviews.of(doc, chairProposalId, inside, records.describe(doc));
        return new AdoptionPreview(p.paragraphs().stream().map(r -> new AdoptionPreview.Replaced(r.label(), r.before(), r.after()))
                .toList(), p.kept(), p.superseded(), stored.revision());
    }

    /**
     * Marks a paragraph, an item or a proposal agreed: brackets go, an agreed proposal becomes the text (a
     * chair's text replaces its paragraphs, and what it drew on is superseded).
     */
    @PreAuthorize("@roomRules.allows(#documentId, 'agree', {'SECRETARIAT'})")
    public RoomOutcome agree(String documentId, String targetId) {
        return rules.guarded(() -> {
            NegotiationDocument current = documents.load(documentId);
            boolean isBlock = DocumentEdits.block(current, targetId).isPresent();
            Set<String> drawsOn = isBlock ? Set.of() : drawsOn(documentId, targetId);
            return writes.apply(documentId, "agree", isBlock ? targetId : DocumentEdits.holding(current, targetId),
                    Actors.of(Actors.COMMITTEE), isBlock ? AgreementUndo.SUMMARY_PREFIX + records.describe(current).where(targetId)
                            : records.record(current, targetId, AgreementUndo.SUMMARY_PREFIX),
                    doc -> isBlock ? Agreement.agreeBlock(doc, targetId)
                            : Agreement.agreeSuperseding(doc, targetId, ChairTexts.insideReplaced(doc, targetId, drawsOn)),
                    List.of(targetId));
        });
    }

    /** Undoes the latest agreement on {@code targetId}, provided nothing it touched changed since. */
    @PreAuthorize("@roomRules.allows(#documentId, 'undo-agree', {'SECRETARIAT'})")
    public RoomOutcome undoAgree(String documentId, String targetId) {
        return rules.guarded(() -> {
            UnaryOperator<NegotiationDocument> restore = undo.restoring(documentId, targetId);
            return writes.apply(documentId, "undo-agree", null, Actors.of(Actors.COMMITTEE), "agreement undone: "
                            + undo.describe(documentId, targetId, describe(documentId)),
                    restore, List.of(targetId));
        });
    }

    /** Relabels the sections A, B, C … in their current order (paragraph numbers are always computed). */
    @PreAuthorize("@roomRules.allows(#documentId, 'renumber', {'SECRETARIAT'})")
    public RoomOutcome renumber(String documentId) {
        return rules.guarded(() -> writes.apply(documentId, "renumber", null, Actors.of(Actors.SECRETARIAT), "sections renumbered",
                Summaries::relabelSections, List.of()));
    }

    /** Brings a paragraph up on the room's screen (projection mode follows it). */
    @PreAuthorize("@roomRules.allows(#documentId, 'select', {'CHAIR','SECRETARIAT'})")
    public void select(String documentId, String blockId) {
        DocumentEdits.requireBlock(documents.load(documentId), blockId);
        events.publishEvent(new ParagraphSelected(documentId, blockId, rules.user(documentId, "select").username()));
    }

    @PreAuthorize("isAuthenticated()")
    public List<LineageLink> lineage(String documentId) {
        documents.get(documentId); // no lineage of a document that does not exist: DocumentNotFoundException
        return lineage.of(documentId);
    }

    private Describe describe(String documentId) {
        return records.describe(documents.load(documentId));
    }

    private String holding(String documentId, String proposalId) {
        return DocumentEdits.holding(documents.load(documentId), proposalId);
    }

    private Set<String> drawsOn(String documentId, String chairProposalId) {
        Set<String> out = new LinkedHashSet<>();
        lineage.of(documentId).stream().filter(l -> l.chairProposalId().equals(chairProposalId))
                .forEach(l -> out.add(l.sourceProposalId()));
        return out;
    }
}
