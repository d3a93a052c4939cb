package org.draftroom.notation.internal.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;

/**
 * Builds sections, paragraphs, items and footnotes from the blocks of the source. Everything said about a
 * numbered paragraph (its items, statements, proposals) is kept under it in reading order until the next
 * numbered paragraph or section, so that writing it back keeps the source's order.
 */
final class Structurer {
    private final BlockReader reader;
    private final Ids ids;
    final List<Block> preamble = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    private String sectionId;
    private String sectionLabel;
    private List<Inline> sectionHeading;
    private List<Block> sectionBlocks;
    private Paragraph open;
    private List<Block> openItems;

    Structurer(BlockReader reader, Ids ids) {
        this.reader = reader;
        this.ids = ids;
    }

    /** Sections, numbered paragraphs and footnotes; false for any other block. */
    boolean addStructural(BlockSplitter.Raw raw) {
        String text = raw.text();
        if (raw.footnote() > 0) {
            into().add(new Footnote(Ids.footnote(raw.footnote()), reader.inlines(raw.span())));
            return true;
        }
        Matcher section = BlockSplitter.SECTION.matcher(text);
        if (section.matches() && !text.contains("。")) {
            closeSection();
            sectionId = ids.next("s");
            sectionLabel = section.group(1);
            sectionHeading = reader.inlines(raw.span().sub(section.start(2), text.length()));
            sectionBlocks = new ArrayList<>();
            return true;
        }
        Matcher numbered = BlockSplitter.NUMBERED.matcher(text);
        if (numbered.find()) {
            closeParagraph();
            // "[1. …": the whole-document bracket opened before the number stays with the text
            int lead = numbered.start(1);
            Span body = raw.span().sub(0, lead).strip().append(raw.span().sub(numbered.end(), text.length()));
            List<Inline> content = reader.inlines(body);
            boolean bracketed = whollyBracketed(content);
            Status status = reader.inlineReader().takeAgreedMark() ? Status.AGREED : Status.OPEN;
            open = new Paragraph(ids.next("p"), true, bracketed ? unwrap(content) : content, List.of(), status,
                    bracketed);
            openItems = new ArrayList<>();
            return true;
        }
        return false;
    }

    static boolean structural(BlockSplitter.Raw raw) {
        Matcher section = BlockSplitter.SECTION.matcher(raw.text());
        return raw.footnote() > 0 || section.matches() && !raw.text().contains("。")
                || BlockSplitter.NUMBERED.matcher(raw.text()).find();
    }

    static boolean section(BlockSplitter.Raw raw) {
        return raw.footnote() == 0 && BlockSplitter.SECTION.matcher(raw.text()).matches() && !raw.text().contains("。");
    }

    Paragraph openParagraph() {
        return open;
    }

    /** Where the next block goes: under the open paragraph, else the section, else the preamble. */
    List<Block> into() {
        if (open != null) return openItems;
        return sectionBlocks != null ? sectionBlocks : preamble;
    }

    /** The blocks before the next one, nearest first: the container's, then the open paragraph itself. */
    List<Block> recent() {
        List<Block> out = new ArrayList<>(into().reversed());
        if (open != null) out.add(open);
        return out;
    }

    /** Puts back a block taken from {@link #recent()} after changing it. */
    void replace(Block old, Block changed) {
        List<Block> into = into();
        int at = into.indexOf(old);
        if (at >= 0) into.set(at, changed);
        else if (old == open && changed instanceof Paragraph p) open = p;
    }

    /** Paragraphs seen so far in the main text, by displayed number (for "第 12、13段"). */
    List<String> mainParagraphIds() {
        List<String> out = new ArrayList<>();
        for (Block b : preamble) if (b instanceof Paragraph p && p.numbered()) out.add(p.id());
        for (Section s : sections) for (Block b : s.blocks()) if (b instanceof Paragraph p && p.numbered()) out.add(p.id());
        if (sectionBlocks != null) for (Block b : sectionBlocks) if (b instanceof Paragraph p && p.numbered()) out.add(p.id());
        if (open != null) out.add(open.id());
        return out;
    }

    static boolean whollyBracketed(List<Inline> content) {
        return content.size() == 1 && content.getFirst() instanceof Proposal p && p.kind() == ProposalKind.BRACKETED
                && p.proposals().isEmpty() && p.positions().isEmpty() && p.notation() != null
                && p.notation().layout().size() == 3;
    }

    static List<Inline> unwrap(List<Inline> content) {
        return ((Proposal) content.getFirst()).text();
    }

    private void closeParagraph() {
        if (open == null) return;
        Paragraph done = new Paragraph(open.id(), true, open.content(), openItems, open.status(), open.bracketed());
        open = null;
        openItems = null;
        (sectionBlocks != null ? sectionBlocks : preamble).add(done);
    }

    private void closeSection() {
        closeParagraph();
        if (sectionBlocks == null) return;
        sections.add(new Section(sectionId, sectionLabel, sectionHeading, sectionBlocks));
        sectionBlocks = null;
    }

    void finish() {
        closeSection();
        closeParagraph();
    }

    static Item item(String id, Item.Marker marker, List<Inline> content) {
        if (content.size() == 1 && content.getFirst() instanceof Proposal p && p.kind() == ProposalKind.INSERT
                && p.actors().attributed()) { // "• [产权组织纽约办事处——俄罗斯；中国][美国不同意]": a new item
            content = List.of(retyped(p, ProposalKind.ADD_ITEM));
        }
        boolean bracketed = whollyBracketed(content);
        return new Item(id, marker, bracketed ? unwrap(content) : content, List.of(), bracketed);
    }

    static Proposal retyped(Proposal p, ProposalKind kind) {
        org.draftroom.negotiation.Notation n = p.notation();
        return new Proposal(p.id(), kind, p.actors(), p.target(), p.text(), p.targetIds(), p.destination(), p.blocks(),
                p.status(), p.proposals(), p.positions(), p.label(), n == null ? null
                : new org.draftroom.negotiation.Notation(n.layout(), n.spellings(), n.join(), kind.wire(), n.after()));
    }

    static List<Inline> text(String s) {
        return s.isEmpty() ? List.of() : List.of(new Text(s));
    }
}
