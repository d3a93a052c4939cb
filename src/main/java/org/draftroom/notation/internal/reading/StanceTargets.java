package org.draftroom.notation.internal.reading;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Statement;
import org.draftroom.negotiation.Walk;

/**
 * The proposal a position line is about when the block just above holds none: "印度：同意阿尔及利亚" under
 * Algeria's objection joins it on the proposal Algeria objected to; "阿尔及利亚：不同意“是否”" under the items
 * Pakistan moves is about Pakistan's move. Looks back a few blocks only, and answers nothing when more than one
 * proposal could be meant: such a line stays a statement and the import report says why.
 */
final class StanceTargets {
    /** How far back a line may point: the blocks one speaker's turn in the room usually spans. */
    static final int REACH = 4;
    private static final Pattern QUOTED = Pattern.compile("“([^”]{1,40})”");

    /** Where a line's positions go: the block holding the proposal, and the proposal. */
    record Target(Block holder, Proposal host) {
    }

    /** The verdict: a target, or the reason there is none ({@code null} reason: nothing to say). */
    record Found(Target target, String ambiguity) {
    }

    private StanceTargets() {
    }

    /**
     * @param recent    the blocks above, most recent first
     * @param mentioned the delegation the line names ("同意阿尔及利亚", "supports the US proposal"), or null
     * @param text      the line's wording after the speaker, for words it quotes
     */
    static Found find(List<Block> recent, String mentioned, String text) {
        List<Block> near = recent.stream().filter(b -> !(b instanceof Footnote)).limit(REACH).toList();
        if (mentioned != null) {
            for (Block b : near) {
                for (Proposal p : BlockStructure.proposalsIn(b).reversed()) {
                    if (p.actors().involves(mentioned) || heldBy(p.positions(), mentioned)) {
                        return new Found(new Target(b, p), null);
                    }
                }
            }
            return new Found(null, "names " + mentioned + " but no proposal of theirs, or position of theirs on one,"
                    + " is in the " + REACH + " blocks above: kept as a statement");
        }
        String quoted = quoted(text);
        for (Block b : near) {
            if (b instanceof Statement) continue;
            List<Proposal> here = BlockStructure.proposalsIn(b);
            if (here.isEmpty()) continue;
            if (here.size() > 1) {
                return new Found(null, "could be about any of " + here.size() + " proposals in the block above: kept"
                        + " as a statement");
            }
            if (quoted != null && near.subList(0, near.indexOf(b) + 1).stream().noneMatch(x -> contains(x, quoted))) {
                return new Found(null, "quotes “" + quoted + "”, which the proposal above does not contain: kept as a"
                        + " statement");
            }
            return new Found(new Target(b, here.getFirst()), null);
        }
        return new Found(null, null);
    }

    private static boolean heldBy(List<Position> positions, String delegation) {
        return positions.stream().anyMatch(p -> p.actors().involves(delegation));
    }

    private static String quoted(String text) {
        if (text == null) return null;
        Matcher m = QUOTED.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Whether the block's own wording (a paragraph's or item's text, a proposal's words) has the words. */
    private static boolean contains(Block b, String words) {
        String own = b instanceof Paragraph p ? Walk.plainText(p.content())
                : b instanceof Item i ? Walk.plainText(i.content())
                : b instanceof ProposalBlock pb ? Walk.plainText(pb.proposal().text()) : "";
        return own.contains(words);
    }
}
