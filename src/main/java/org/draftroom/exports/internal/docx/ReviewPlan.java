package org.draftroom.exports.internal.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.draftroom.exports.internal.render.Node;
import org.draftroom.exports.internal.render.Run;
import org.draftroom.negotiation.Proposal;

/**
 * How Word review shows block proposals, decided before the body is written (the paragraphs they act on come
 * first): an alternative or new wording is inserted and the paragraphs it replaces deleted, unless an earlier
 * one already replaces them (competing: a comment only, so Accept All takes in the first); a deletion of named
 * paragraphs deletes them; procedure (moves, retention, suggestions) is a comment.
 */
record ReviewPlan(Map<String, Treatment> treatments, Map<String, ParagraphXml.Whole> deleted, Set<String> omitted) {
    static final ReviewPlan NONE = new ReviewPlan(Map.of(), Map.of(), Set.of());

    enum Treatment { INSERTED, AGREED, DELETES_TARGETS, COMMENT, COMPETING }

    static ReviewPlan of(List<Node> nodes, ReviewFacts facts) {
        ReviewPlan plan = new ReviewPlan(new HashMap<>(), new HashMap<>(), new HashSet<>());
        plan.walk(nodes, facts);
        return plan;
    }

    Treatment treatment(String id) {
        return treatments.get(id);
    }

    private void walk(List<Node> nodes, ReviewFacts facts) {
        for (Node node : nodes) {
            switch (node) {
                case Node.Alternative a -> {
                    ReviewFacts.BlockProposal bp = facts.block(a.id());
                    String proposalId = bp == null ? null : bp.proposal().id();
                    decide(a.id(), bp == null ? null : bp.proposal(), a.replaces(),
                            new ParagraphXml.Whole(Run.Type.DELETE, a.author(), proposalId), true);
                    walk(a.body(), facts);
                }
                case Node.Para p -> {
                    ReviewFacts.BlockProposal bp = p.kind() == Node.Kind.NOTE ? facts.block(p.id()) : null;
                    if (bp != null) note(p.id(), bp);
                }
                case Node.Heading h -> { }
                case Node.Table t -> { }
            }
        }
    }

    private void note(String id, ReviewFacts.BlockProposal bp) {
        Proposal p = bp.proposal();
        ParagraphXml.Whole deletion = new ParagraphXml.Whole(Run.Type.DELETE, bp.author(), p.id());
        switch (p.kind()) {
            case REWRITE, CHAIR_ALTERNATIVE, REPLACE, INSERT, ADD_ITEM, BRACKETED -> {
                if (p.text().isEmpty()) treatments.put(id, Treatment.COMMENT);
                else decide(id, p, p.targetIds(), deletion, true);
            }
            case DELETE, EXCLUDE -> {
                if (p.targetIds().isEmpty()) treatments.put(id, Treatment.COMMENT);
                else decide(id, p, p.targetIds(), deletion, false);
            }
            case MOVE, RETAIN, REQUEST_BRACKETS, CHAIR_SUGGESTION -> treatments.put(id, Treatment.COMMENT);
        }
    }

    /** The first open proposal on some paragraphs takes them; settled ones are applied or only mentioned. */
    private void decide(String id, Proposal p, List<String> targets, ParagraphXml.Whole deletion, boolean inserts) {
        if (p != null) {
            switch (p.status()) {
                case AGREED -> {
                    omitted.addAll(targets);
                    treatments.put(id, Treatment.AGREED);
                    return;
                }
                case WITHDRAWN, SUPERSEDED -> {
                    treatments.put(id, Treatment.COMMENT);
                    return;
                }
                case OPEN -> { }
            }
        }
        if (targets.stream().anyMatch(t -> deleted.containsKey(t) || omitted.contains(t))) {
            treatments.put(id, Treatment.COMPETING);
            return;
        }
        for (String target : targets) deleted.put(target, deletion);
        treatments.put(id, inserts ? Treatment.INSERTED : Treatment.DELETES_TARGETS);
    }
}
