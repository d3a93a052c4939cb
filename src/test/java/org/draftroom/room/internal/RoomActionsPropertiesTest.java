package org.draftroom.room.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.FootnoteRef;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Placeholder;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.internal.Tokens.Token;
import org.draftroom.room.internal.WordDiff.Change;
import org.draftroom.testkit.ArbitraryDocuments;
import org.draftroom.testkit.SeedTexts;

/**
 * No room action loses a word. On generated documents (and the seed ToR) any sequence of room actions (proposing
 * changes, rewrites, new items, chair's texts, adopting them, agreeing proposals and paragraphs, withdrawing,
 * the secretariat's edits, undoing agreements) keeps every letter and digit of the previous text: still in the
 * text, inside a proposal (of any status), or named in the action's record. Checked after every action. Refused
 * actions (bad input) must leave the text as it was, which the chain checks too.
 */
class RoomActionsPropertiesTest {
    static final NegotiationDocument SEED = SeedTexts.tor3415();

    @Property(tries = 1000)
    void no_sequence_of_room_actions_loses_a_word(@ForAll("sessions") ActionChain<Session> chain) {
        Session end = chain.withInvariant("every word is kept or named", Session::check).run();
        Statistics.label("actions carried out per sequence").collect(end.done);
    }

    @Provide
    Arbitrary<ActionChain<Session>> sessions() {
        return Arbitraries.longs().flatMap(seed -> ActionChain.<Session>startWith(() -> new Session(seed))
                .withAction(new RoomAction()).withMaxTransformations(12));
    }

    /** The text, the last action's record and the agreements that can be undone. */
    static final class Session {
        NegotiationDocument doc;
        NegotiationDocument before;
        String record = "";
        final Deque<NegotiationDocument[]> agreements = new ArrayDeque<>();
        int done;

        Session(long seed) {
            Random random = new Random(seed);
            doc = random.nextInt(8) == 0 ? SEED : ArbitraryDocuments.generate(random);
            before = doc;
        }

        void act(String name, java.util.function.UnaryOperator<NegotiationDocument> action, String recordOf) {
            before = doc;
            try {
                doc = action.apply(doc);
                record = recordOf;
                done++;
            } catch (IllegalArgumentException refused) { // refused: nothing may have changed
                record = "";
            }
        }

        void check() {
            Map<Integer, Integer> missing = new HashMap<>(letters(text(before)));
            letters(text(doc) + " " + record).forEach((c, n) -> missing.computeIfPresent(c, (k, m) -> m - n));
            missing.values().removeIf(n -> n <= 0);
            assertThat(missing).as("letters lost (code point → count); record: " + record).isEmpty();
        }

        @Override
        public String toString() {
            return "session after " + done + " actions";
        }
    }

    static final class RoomAction implements Action.Dependent<Session> {
        @Override
        public Arbitrary<Transformer<Session>> transformer(Session s) {
            return Arbitraries.randomValue(r -> pick(s.doc, r));
        }
    }

    private static Transformer<Session> pick(NegotiationDocument doc, Random r) {
        List<Proposal> open = Walk.proposals(doc).stream().filter(p -> p.status() == Status.OPEN).toList();
        List<Block> paragraphs = Walk.blocks(doc).stream().filter(b -> b instanceof Paragraph || b instanceof Item).toList();
        List<Proposal> texts = Walk.blocks(doc).stream().filter(b -> b instanceof ProposalBlock).map(b -> ((ProposalBlock) b).proposal())
                .filter(p -> p.status() == Status.OPEN && (p.kind() == ProposalKind.CHAIR_ALTERNATIVE || p.kind() == ProposalKind.REWRITE))
                .toList();
        int choice = r.nextInt(10);
        if (choice == 0 && !open.isEmpty()) {
            Proposal p = open.get(r.nextInt(open.size()));
            return Transformer.mutate("agree " + p.kind().wire(), s -> s.act("agree", d -> agree(s, d, p.id()), record(s.doc, p.id())));
        }
        if (choice == 1 && !texts.isEmpty()) {
            Proposal p = texts.get(r.nextInt(texts.size()));
            return Transformer.mutate("take " + p.kind().wire() + " as the basis",
                    s -> s.act("adopt", d -> Agreement.adopt(d, p.id(), Set.of(), Status.OPEN), record(s.doc, p.id())));
        }
        if (choice == 2 && !paragraphs.isEmpty()) {
            Block b = paragraphs.get(r.nextInt(paragraphs.size()));
            return Transformer.mutate("agree block", s -> s.act("agree block", d -> agree(s, d, b.id()), ""));
        }
        if (choice == 3 && !open.isEmpty()) {
            Proposal p = open.get(r.nextInt(open.size()));
            String who = p.actors().by().isEmpty() ? "PK" : p.actors().by().getFirst();
            return Transformer.mutate("withdraw", s -> s.act("withdraw", d -> Proposing.withdraw(d, p.id(), who, reason -> {
                throw new IllegalArgumentException(reason);
            }), ""));
        }
        List<Block> top = doc.sections().stream().flatMap(sec -> sec.blocks().stream()).filter(b -> b instanceof Paragraph).toList();
        if (choice == 4 && !top.isEmpty()) {
            Paragraph p = (Paragraph) top.get(r.nextInt(top.size()));
            List<String> targets = new ArrayList<>(List.of(p.id()));
            List<Block> siblings = DocumentEdits.siblings(doc, p.id());
            int at = DocumentEdits.indexOf(siblings, p.id());
            if (at + 1 < siblings.size() && siblings.get(at + 1) instanceof Paragraph next && r.nextBoolean()) targets.add(next.id());
            Set<String> chosen = new HashSet<>();
            ChairDrafts.candidates(doc, targets).forEach(c -> {
                if (r.nextBoolean()) chosen.add(c.id());
            });
            List<String> wordings = ChairDrafts.startingWording(doc, targets, chosen);
            String id = "c" + r.nextInt(1_000_000);
            return Transformer.mutate("chair's text", s -> s.act("chair text", d -> ChairDrafts.post(d, targets, wordings, id), ""));
        }
        if (choice == 5 && !top.isEmpty()) {
            Block p = top.get(r.nextInt(top.size()));
            String id = "rw" + r.nextInt(1_000_000);
            return Transformer.mutate("rewrite", s -> s.act("rewrite", d -> Proposing.rewrite(d, p.id(), "new wording 新措辞 " + id,
                    Actors.of("PK"), id), ""));
        }
        if ((choice == 6 || choice == 7) && !paragraphs.isEmpty()) {
            Block b = paragraphs.get(r.nextInt(paragraphs.size()));
            boolean base = choice == 7;
            int cut = r.nextInt(1000);
            return Transformer.mutate(base ? "edit the base text" : "propose changes", s -> edit(s, b.id(), base, cut));
        }
        if (choice == 8) {
            return Transformer.mutate("undo the last agreement", s -> {
                NegotiationDocument[] last = s.agreements.poll();
                if (last == null) return;
                s.act("undo", d -> {
                    try {
                        return AgreementUndo.restore(d, last[0], last[1], 1);
                    } catch (org.draftroom.room.RoomConflictException changedSince) {
                        throw new IllegalArgumentException(changedSince.getMessage());
                    }
                }, "");
            });
        }
        if (!top.isEmpty()) {
            Block p = top.get(r.nextInt(top.size()));
            String id = "ai" + r.nextInt(1_000_000);
            return Transformer.mutate("add a paragraph", s -> s.act("add", d -> Proposing.addAfter(d, p.id(), "added 增加", Actors.of("RU"), id), ""));
        }
        return Transformer.noop();
    }

    private static NegotiationDocument agree(Session s, NegotiationDocument d, String id) {
        NegotiationDocument out = DocumentEdits.block(d, id).isPresent() ? Agreement.agreeBlock(d, id) : Agreement.agreeProposal(d, id);
        s.agreements.push(new NegotiationDocument[]{d, out});
        return out;
    }

    private static String record(NegotiationDocument doc, String id) {
        try {
            return Agreement.removedBy(doc, id);
        } catch (IllegalArgumentException gone) {
            return "";
        }
    }

    /** Deletes (or, the secretariat, cuts) a few characters of the editable wording, as a delegate's edit would. */
    private static void edit(Session s, String blockId, boolean base, int cut) {
        List<Token> tokens;
        try {
            tokens = Tokens.of(DocumentEdits.content(s.doc, blockId));
        } catch (IllegalArgumentException notThere) {
            return;
        }
        String wording = Tokens.render(tokens);
        if (wording.length() < 3) return;
        int from = cut % (wording.length() - 2);
        String changed = wording.substring(0, from) + "改" + wording.substring(from + 2);
        List<Change> changes;
        try {
            changes = WordDiff.changes(tokens, Tokens.parse(changed, Tokens.atoms(tokens)));
            WordDiff.requireAtomsUntouched(tokens, changes);
        } catch (IllegalArgumentException touchesAMarker) {
            return;
        }
        List<Change> mine = changes;
        s.act(base ? "edit base" : "propose", d -> base ? Proposing.editBase(d, blockId, tokens, mine)
                : Proposing.proposeChanges(d, blockId, tokens, mine, Actors.of("US"), id -> { }),
                base ? Summaries.changes(tokens, mine) : "");
    }

    /** Every word of the text once: blocks, headings, and every proposal's target, text and blocks. */
    static String text(NegotiationDocument doc) {
        StringBuilder out = new StringBuilder();
        for (Section s : doc.sections()) inlines(s.heading(), out);
        blocks(doc.preamble(), out);
        doc.sections().forEach(s -> blocks(s.blocks(), out));
        return out.toString();
    }

    private static void blocks(List<Block> blocks, StringBuilder out) {
        for (Block b : blocks) {
            switch (b) {
                case Paragraph p -> {
                    inlines(p.content(), out);
                    blocks(p.items(), out);
                }
                case Item i -> {
                    inlines(i.content(), out);
                    blocks(i.items(), out);
                }
                case Footnote f -> inlines(f.content(), out);
                case Statement st -> inlines(st.text(), out);
                case ProposalBlock pb -> inlines(List.of(pb.proposal()), out);
            }
        }
    }

    private static void inlines(List<Inline> inlines, StringBuilder out) {
        for (Inline i : inlines) {
            switch (i) {
                case Text t -> out.append(t.text()).append(' ');
                case Placeholder ph -> out.append(ph.name()).append(' ');
                case FootnoteRef ignored -> { }
                case Proposal p -> {
                    inlines(p.target(), out);
                    inlines(p.text(), out);
                    for (Proposal q : p.proposals()) inlines(List.of(q), out);
                    blocks(p.blocks(), out);
                }
            }
        }
    }

    private static Map<Integer, Integer> letters(String text) {
        Map<Integer, Integer> out = new HashMap<>();
        Predicate<Integer> word = c -> Character.isLetterOrDigit(c);
        text.codePoints().filter(word::test).forEach(c -> out.merge(c, 1, Integer::sum));
        return out;
    }
}
