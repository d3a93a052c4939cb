package org.draftroom.notation.internal.reading;


import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Notation;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Position;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Walk;
import org.draftroom.notation.ImportWarning;

/**
 * Block-level notation that spans several blocks or refers back to earlier ones: chair's alternative texts
 * (which close wherever their bracket closes), rewrites of named paragraphs followed by their new text, and
 * positions written on a line of their own, which join the proposal they are about.
 */
final class BlockStructure implements SpeakerLines.Context {
    private static final Pattern CHAIR = Pattern.compile(
            "^([\\[［])\\s*(主席)(的替代案文)(?:(，代替第\\s*)(\\d+(?:\\s*[、和]\\s*\\d+)*)(\\s*段))?\\s*([：:])?");
    private static final Pattern ADOPT = Pattern.compile("采用(.{1,12}?)的建议");

    /** Prefix of a reference to a paragraph not read yet, by its displayed number. */
    static final String FORWARD = "#";

    private final Structurer structurer;
    private final BlockReader reader;
    private final NotationNames names;
    private final Ids ids;
    private final Source source;
    private final List<ImportWarning> warnings;
    private final SpeakerLines lines;
    /** Main-text paragraph ids by displayed number, shared with nested structures. */
    private final List<String> mainParagraphs;

    BlockStructure(Structurer structurer, BlockReader reader, NotationNames names, Ids ids, Source source,
                   List<ImportWarning> warnings) {
        this(structurer, reader, names, ids, source, warnings, null);
    }

    private BlockStructure(Structurer structurer, BlockReader reader, NotationNames names, Ids ids, Source source,
                           List<ImportWarning> warnings, List<String> mainParagraphs) {
        this.structurer = structurer;
        this.reader = reader;
        this.names = names;
        this.ids = ids;
        this.source = source;
        this.warnings = warnings;
        this.lines = new SpeakerLines(reader, reader.scanner(), names, ids);
        this.mainParagraphs = mainParagraphs;
    }

    void read(List<BlockSplitter.Raw> raws) {
        List<BlockSplitter.Raw> queue = new ArrayList<>(raws);
        for (int i = 0; i < queue.size(); i++) {
            BlockSplitter.Raw raw = queue.get(i);
            if (raw.text().isBlank()) continue;
            if (CHAIR.matcher(raw.text()).find()) {
                i = chairAlternative(queue, i);
                continue;
            }
            if (structurer.addStructural(raw)) continue;
            switch (lines.read(raw, this)) {
                case SpeakerLines.AsBlock b -> structurer.into().add(adopting(b.block()));
                case SpeakerLines.Detached d -> attach(d, raw);
                case SpeakerLines.NeedsBody nb -> i = rewriteBody(queue, i, nb.proposal());
            }
        }
    }

    /** "[主席的替代案文，代替第 12、13段：" … up to the bracket that closes it. */
    private int chairAlternative(List<BlockSplitter.Raw> queue, int i) {
        BlockSplitter.Raw opener = queue.get(i);
        Matcher m = CHAIR.matcher(opener.text());
        m.find();
        List<String> layout = new ArrayList<>(List.of(m.group(1), Notation.BY, m.group(3)));
        List<String> targets = new ArrayList<>();
        if (m.group(4) != null) {
            for (String n : m.group(5).split("\\s*[、和]\\s*")) {
                String id = paragraph(Integer.parseInt(n.strip()));
                if (id != null) targets.add(id);
            }
            if (targets.size() == m.group(5).split("\\s*[、和]\\s*").length) {
                layout.addAll(List.of(m.group(4).strip(), "$targets:" + (m.group(5).contains("和") ? "和" : "、"),
                        m.group(6).strip()));
            } else {
                return plain(queue, i);
            }
        }
        if (m.group(7) != null) layout.add(m.group(7));
        Span rest = opener.span().sub(m.end(), opener.text().length()).strip();
        List<BlockSplitter.Raw> inner = new ArrayList<>();
        List<Inline> text = List.of();
        boolean numberedRest = BlockSplitter.NUMBERED.matcher(rest.text()).find();
        int depth = 1;
        int close = depth(rest.text(), 1);
        int j = i + 1;
        String closeChar = null;
        if (close >= 0) {
            closeChar = String.valueOf(rest.text().charAt(close));
            queue.add(i + 1, new BlockSplitter.Raw(rest.sub(close + 1, rest.text().length()), 0, opener.lineNo()));
            rest = rest.sub(0, close);
        } else {
            depth = -close - 1;
            boolean numberedSeen = numberedRest;
            boolean itemsOnly = false;
            boolean collect = rest.isEmpty() || numberedRest;
            for (; collect && j < queue.size(); j++) {
                BlockSplitter.Raw r = queue.get(j);
                if (Structurer.section(r) || CHAIR.matcher(r.text()).find()) break;
                boolean numbered = BlockSplitter.NUMBERED.matcher(r.text()).find();
                boolean item = BlockSplitter.BULLET.matcher(r.text()).find() || BlockSplitter.ITEM.matcher(r.text()).find();
                if (numbered && numberedSeen) break;
                if (itemsOnly && !item && r.footnote() == 0) break;
                numberedSeen |= numbered;
                int at = depth(r.text(), depth);
                if (at >= 0) {
                    closeChar = String.valueOf(r.text().charAt(at));
                    inner.add(new BlockSplitter.Raw(r.span().sub(0, at), 0, r.lineNo()));
                    Span after = r.span().sub(at + 1, r.text().length());
                    queue.set(j, new BlockSplitter.Raw(after, 0, r.lineNo()));
                    break;
                }
                depth = -at - 1;
                inner.add(r);
                itemsOnly = numberedSeen; // unclosed: the paragraph and its items, nothing after them
            }
        }
        if (closeChar == null) {
            int[] at = source.lineColumn(opener.span().offsetAt(0));
            warnings.add(new ImportWarning(at[0], at[1], "the chair's alternative text is not closed"));
        }
        if (numberedRest) inner.addFirst(new BlockSplitter.Raw(rest, 0, opener.lineNo()));
        else if (!rest.isEmpty()) text = reader.inlines(rest);
        Structurer sub = new Structurer(reader, ids);
        new BlockStructure(sub, reader, names, ids, source, warnings, mainParagraphs()).read(inner);
        sub.finish();
        List<Block> blocks = sub.preamble;
        if (targets.isEmpty()) {
            String implicit = implicitTarget(inner);
            if (implicit != null) {
                targets.add(implicit);
                layout.add("$targets:implicit");
            }
        }
        if (!text.isEmpty()) layout.add(Notation.TEXT);
        if (!blocks.isEmpty()) layout.add("$blocks");
        if (closeChar != null) layout.add(closeChar);
        Notation hint = new Notation(layout, List.of(m.group(2)), "", ProposalKind.CHAIR_ALTERNATIVE.wire(), null);
        Proposal p = new Proposal(ids.next("pr"), ProposalKind.CHAIR_ALTERNATIVE, Actors.of(Actors.CHAIR), List.of(),
                text, targets, null, blocks, Status.OPEN, List.of(), List.of(), null, hint);
        structurer.into().add(new ProposalBlock(ids.next("pb"), p));
        return close >= 0 ? i : j - 1;
    }

    private int plain(List<BlockSplitter.Raw> queue, int i) {
        if (!structurer.addStructural(queue.get(i))) structurer.into().add(reader.block(queue.get(i)));
        return i;
    }

    /** An alternative whose first paragraph carries the number of the paragraph just before it replaces that one. */
    private String implicitTarget(List<BlockSplitter.Raw> inner) {
        if (inner.isEmpty() || structurer.openParagraph() == null) return null;
        Matcher n = BlockSplitter.NUMBERED.matcher(inner.getFirst().text());
        if (!n.find()) return null;
        String id = paragraph(Integer.parseInt(n.group(1)));
        return structurer.openParagraph().id().equals(id) ? id : null;
    }

    /**
     * Where the bracket opened before {@code text} (at {@code depth}) closes: its index, or {@code -(depth+1)}
     * with the depth at the end of the text.
     */
    private static int depth(String text, int depth) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '[' || c == '［' || c == '【') depth++;
            if (c == ']' || c == '］' || c == '】') {
                depth--;
                if (depth == 0) return k;
            }
        }
        return -(depth + 1);
    }

    /** The new text of "美国：替换第 12、13和 14段。": the blocks up to the next paragraph, chair's text or position. */
    private int rewriteBody(List<BlockSplitter.Raw> queue, int i, Proposal rewrite) {
        List<BlockSplitter.Raw> body = new ArrayList<>();
        int j = i + 1;
        for (; j < queue.size(); j++) {
            BlockSplitter.Raw r = queue.get(j);
            if (Structurer.section(r) || CHAIR.matcher(r.text()).find()
                    || BlockSplitter.NUMBERED.matcher(r.text()).find()) {
                break;
            }
            if (r.footnote() == 0 && names.speakerPrefix(r.text()) == 0 && lines.positionsOnly(r)) break;
            body.add(r);
        }
        Structurer sub = new Structurer(reader, ids);
        new BlockStructure(sub, reader, names, ids, source, warnings, mainParagraphs()).read(body);
        sub.finish();
        Proposal p = new Proposal(rewrite.id(), rewrite.kind(), rewrite.actors(), rewrite.target(), rewrite.text(),
                rewrite.targetIds(), rewrite.destination(), sub.preamble, rewrite.status(), rewrite.proposals(),
                rewrite.positions(), rewrite.label(), rewrite.notation());
        if (sub.preamble.isEmpty()) {
            List<String> layout = new ArrayList<>(p.notation().layout());
            layout.remove("$blocks");
            p = p.withNotation(new Notation(layout, p.notation().spellings(), p.notation().join(), p.notation().kind(),
                    null));
        }
        structurer.into().add(new ProposalBlock(ids.next("pb"), p));
        return j - 1;
    }

    /** "[主席建议：如果没有反对意见，可以采用美国的建议。]" points at the United States' proposal above. */
    private Block adopting(Block block) {
        if (!(block instanceof ProposalBlock pb) || pb.proposal().kind() != ProposalKind.CHAIR_SUGGESTION) return block;
        Matcher m = ADOPT.matcher(Walk.plainText(pb.proposal().text()));
        if (!m.find()) return block;
        var who = names.actors(m.group(1), 0).filter(w -> w.end() == m.group(1).length());
        if (who.isEmpty()) return block;
        for (Block b : structurer.recent()) {
            if (b instanceof ProposalBlock other && other.proposal().actors().by().equals(who.get().by())) {
                Proposal p = pb.proposal();
                List<String> layout = new ArrayList<>(p.notation().layout());
                layout.add("$targets:implicit");
                return new ProposalBlock(pb.id(), new Proposal(p.id(), p.kind(), p.actors(), p.target(), p.text(),
                        List.of(other.id()), p.destination(), p.blocks(), p.status(), p.proposals(), p.positions(),
                        p.label(), p.notation() == null ? null : new Notation(layout, p.notation().spellings(),
                        p.notation().join(), p.notation().kind(), null)));
            }
        }
        return block;
    }

    /** A position line joins the proposal it is about, and is written back where it stood. */
    private void attach(SpeakerLines.Detached d, BlockSplitter.Raw raw) {
        List<Block> recent = structurer.recent();
        Block holder = null;
        Proposal host = null;
        if (d.text().contains("主席") && d.text().contains("案文")) {
            for (Block b : recent) {
                if (b instanceof ProposalBlock pb && pb.proposal().kind() == ProposalKind.CHAIR_ALTERNATIVE) {
                    holder = b;
                    host = pb.proposal();
                    break;
                }
            }
        }
        if (host == null) {
            holder = recent.stream().filter(b -> !(b instanceof Footnote)).findFirst().orElse(null);
            List<Proposal> candidates = holder == null ? List.of() : proposalsIn(holder);
            String mentioned = mentioned(d);
            for (Proposal c : candidates) {
                if (host == null || mentioned != null && c.actors().involves(mentioned)) host = c;
                if (mentioned == null && holder instanceof ProposalBlock) break;
            }
            if (host != null && mentioned != null && !host.actors().involves(mentioned)
                    && !(holder instanceof ProposalBlock)) {
                host = candidates.getLast();
            }
        }
        if (host == null) { // the block above holds none: the line may point further up
            StanceTargets.Found found = StanceTargets.find(recent, mentioned(d), d.text());
            if (found.target() == null) {
                if (found.ambiguity() != null) {
                    int[] at = source.lineColumn(raw.span().offsetAt(0));
                    warnings.add(new ImportWarning(at[0], at[1], "a position line " + found.ambiguity()));
                }
                structurer.into().add(d.fallback());
                return;
            }
            holder = found.target().holder();
            host = found.target().host();
        }
        String anchor = recent.getFirst().id();
        List<Position> positions = new ArrayList<>(host.positions());
        for (Position p : d.positions()) {
            Notation n = p.notation();
            positions.add(new Position(p.id(), p.stance(), p.actors(), p.text(), p.agreesWith(),
                    new Notation(n.layout(), n.spellings(), n.join(), n.kind(), anchor)));
        }
        Block changed = Rewrites.block(holder, host.id(), h -> positionsAdded(h, positions));
        structurer.replace(holder, changed);
    }

    private static Proposal positionsAdded(Proposal host, List<Position> positions) {
        return host.withPositions(positions);
    }

    /** The delegation a position line names in its wording ("不同意巴基斯坦在上面插入的内容"). */
    private String mentioned(SpeakerLines.Detached d) {
        for (Position p : d.positions()) {
            if (p.agreesWith() != null) return p.agreesWith();
            String text = p.text();
            if (text == null) continue;
            for (int k = 0; k < text.length(); k++) {
                var hit = names.actors(text, k);
                if (hit.isPresent() && !hit.get().by().getFirst().equals(Actors.CHAIR)) return hit.get().by().getFirst();
            }
        }
        return null;
    }

    static List<Proposal> proposalsIn(Block block) {
        return Walk.proposals(new NegotiationDocument("-", DocumentHeader.minimal(null, null, "zh"), List.of(block),
                List.of()));
    }

    List<String> mainParagraphs() {
        return mainParagraphs != null ? mainParagraphs : structurer.mainParagraphIds();
    }

    @Override
    public String paragraph(int number) {
        List<String> main = mainParagraphs();
        if (number < 1 || number > 999) return null;
        // paragraphs further down are named before they are read: resolved once the document is whole
        return number <= main.size() ? main.get(number - 1) : FORWARD + number;
    }

    @Override
    public String previousParagraph() {
        Paragraph open = structurer.openParagraph();
        return open == null ? null : open.id();
    }

    @Override
    public String previousItem() {
        for (Block b : structurer.recent()) if (b instanceof Item i) return i.id();
        return null;
    }
}
