package org.draftroom.notation.internal;

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

    void add(BlockSplitter.Raw raw) {
        String text = raw.text();
        if (raw.footnote() > 0) {
            into().add(new Footnote(Ids.footnote(raw.footnote()), reader.inlines(raw.span())));
            return;
        }
        Matcher section = BlockSplitter.SECTION.matcher(text);
        if (section.matches() && !text.contains("。")) {
            closeSection();
            sectionId = ids.next("s");
            sectionLabel = section.group(1);
            sectionHeading = reader.inlines(raw.span().sub(section.start(2), text.length()));
            sectionBlocks = new ArrayList<>();
            return;
        }
        Matcher numbered = BlockSplitter.NUMBERED.matcher(text);
        if (numbered.find()) {
            closeParagraph();
            // "[1. …": the whole-document bracket opened before the number stays with the text
            int lead = numbered.start(1);
            Span body = raw.span().sub(0, lead).strip().append(raw.span().sub(numbered.end(), text.length()));
            List<Inline> content = reader.inlines(body);
            boolean bracketed = whollyBracketed(content);
            open = new Paragraph(ids.next("p"), true, bracketed ? unwrap(content) : content, List.of(),
                    Status.OPEN, bracketed);
            openItems = new ArrayList<>();
            return;
        }
        into().add(reader.block(raw));
    }

    /** Where the next block goes: under the open paragraph, else the section, else the preamble. */
    List<Block> into() {
        if (open != null) return openItems;
        return sectionBlocks != null ? sectionBlocks : preamble;
    }

    Block lastBlock() {
        List<Block> into = into();
        if (!into.isEmpty()) return into.getLast();
        return open;
    }

    void replaceLast(Block block) {
        List<Block> into = into();
        if (!into.isEmpty()) into.set(into.size() - 1, block);
        else if (open instanceof Paragraph && block instanceof Paragraph p) open = p;
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
        boolean bracketed = whollyBracketed(content);
        return new Item(id, marker, bracketed ? unwrap(content) : content, List.of(), bracketed);
    }

    static List<Inline> text(String s) {
        return s.isEmpty() ? List.of() : List.of(new Text(s));
    }
}
