package org.draftroom.room;

import static org.draftroom.testkit.SignIn.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.draftroom.documents.DocumentService;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;

/**
 * Runs one generated room call against the current state of a document: the indices pick a block or a
 * proposal among those there now, so every call aims at something real. Answers "ok" or what refused it.
 */
final class RoomCalls {
    enum Op { WORDING, SPAN, ADD_AFTER, ABOUT, WITHDRAW, POSITION, WITHDRAW_POSITION, ACCEPT_CO, DECLINE_CO,
        ACCEPT_CHAIR_TEXT, AGREE, CHAIR_TEXT }

    /** Who calls, what, two choices, and the acting part: for whom, for which group, naming which co-sponsors. */
    record Call(String user, Op op, int a, int b, String forWhom, String group, List<String> coSponsors) {
    }

    private static final List<String> RECORDED_FOR = List.of("PK", "US", "RU", "DZ", "NG", "CN", "FR", "GH");
    private final RoomService room;
    private final CoSponsorships coSponsorships;
    private final DocumentService documents;
    private final Map<String, String> delegates;

    RoomCalls(RoomService room, CoSponsorships coSponsorships, DocumentService documents, Map<String, String> delegates) {
        this.room = room;
        this.coSponsorships = coSponsorships;
        this.documents = documents;
        this.delegates = delegates;
    }

    String run(String doc, Call c) {
        try {
            as(c.user(), () -> {
                call(doc, c);
                return null;
            });
            return "ok";
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            return e.getClass().getSimpleName() + ": " + (m.length() > 120 ? m.substring(0, 120) : m);
        }
    }

    private void call(String doc, Call c) {
        NegotiationDocument now = documents.load(doc);
        String who = c.user().equals("secretariat") && (c.forWhom() == null || !RECORDED_FOR.contains(c.forWhom()))
                ? RECORDED_FOR.get(c.a() % RECORDED_FOR.size()) : c.forWhom();
        Acting acting = new Acting(who, c.group(), c.coSponsors());
        String block = pick(blocks(now), c.a());
        String proposal = pick(Walk.proposals(now).stream().map(Proposal::id).toList(), c.a());
        switch (c.op()) {
            case WORDING -> room.proposeWording(doc, block, inserted(room.wording(doc, block).text(), c.b()), null, acting);
            case SPAN -> room.proposeOnSpan(doc, block, List.of(ProposalKind.REQUEST_BRACKETS, ProposalKind.RETAIN,
                    ProposalKind.EXCLUDE).get(c.b() % 3), span(now, block, c.b()), 1, acting);
            case ADD_AFTER -> room.proposeNewAfter(doc, block, "Added " + c.b() + ".", acting);
            case ABOUT -> room.proposeAboutParagraph(doc, block, List.of(ProposalKind.MOVE, ProposalKind.DELETE, ProposalKind.RETAIN)
                    .get(c.b() % 3), now.sections().get(c.b() % now.sections().size()).id(), acting);
            case WITHDRAW -> room.withdraw(doc, proposal, acting);
            case POSITION -> room.statePosition(doc, proposal, Position.Stance.values()[c.b() % 4], c.b() % 2 == 0 ? null : "n" + c.b(), acting);
            case WITHDRAW_POSITION -> room.withdrawPosition(doc, proposal, acting);
            case ACCEPT_CO -> coSponsorships.accept(doc, proposal, acting);
            case DECLINE_CO -> coSponsorships.decline(doc, proposal, acting);
            case ACCEPT_CHAIR_TEXT -> room.acceptChairText(doc, proposal);
            case AGREE -> room.agree(doc, c.b() % 2 == 0 ? proposal : block);
            case CHAIR_TEXT -> room.postChairText(doc, List.of(block), List.of("Alt " + c.b() + "."), Set.of(proposal));
        }
    }

    private static String pick(List<String> ids, int index) {
        return ids.isEmpty() ? "none" : ids.get(index % ids.size());
    }

    private static List<String> blocks(NegotiationDocument doc) {
        return Walk.blocks(doc).stream().filter(b -> b instanceof Paragraph || b instanceof Item).map(Block::id).toList();
    }

    /** The wording with a word added at a word boundary (any character for Chinese), never inside a ⟦n⟧ marker. */
    static String inserted(String text, int choice) {
        List<Integer> at = new ArrayList<>();
        boolean spaced = text.indexOf(' ') >= 0;
        int depth = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (depth == 0 && (!spaced || i == 0 || i == text.length() || text.charAt(i - 1) == ' ')) at.add(i);
            if (i < text.length() && text.charAt(i) == '⟦') depth++;
            if (i < text.length() && text.charAt(i) == '⟧') depth--;
        }
        int i = at.get(choice % at.size());
        return text.substring(0, i) + (spaced ? "new " : "新") + text.substring(i);
    }

    private static String span(NegotiationDocument doc, String block, int choice) {
        for (Block b : Walk.blocks(doc)) {
            if (!b.id().equals(block)) continue;
            List<Inline> content = b instanceof Paragraph p ? p.content() : ((Item) b).content();
            for (Inline i : content) {
                if (i instanceof Text t && t.text().strip().length() >= 2) {
                    String s = t.text().strip();
                    int from = choice % (s.length() - 1);
                    return s.substring(from, from + 2);
                }
            }
        }
        return "none";
    }
}
