package org.draftroom.documents.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Footnote;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.ParagraphRanges;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Statement;

/** Components for the block kinds: items with their computed labels, footnotes, statements, block proposals. */
public final class BlockViews {
    private BlockViews() {
    }

    /** A run of blocks; every paragraph panel made on the way is also handed to {@code paragraphs}. */
    public static Div blocks(List<Block> blocks, ReadingContext ctx, Consumer<ParagraphPanel> paragraphs) {
        Div list = new Div();
        list.addClassName("blocks");
        int[] itemIndex = itemIndexes(blocks);
        for (int i = 0; i < blocks.size(); i++) list.add(block(blocks.get(i), itemIndex[i], ctx, paragraphs));
        return list;
    }

    /**
     * Where each block of a run stands among the run's items of its marker: (a), (b), … are counted per marker,
     * so an item's label depends on the items before it. -1 for blocks that are not items.
     */
    public static int[] itemIndexes(List<Block> blocks) {
        int[] index = new int[blocks.size()];
        Map<Item.Marker, Integer> seen = new EnumMap<>(Item.Marker.class);
        for (int i = 0; i < blocks.size(); i++) {
            index[i] = blocks.get(i) instanceof Item item ? seen.merge(item.marker(), 1, Integer::sum) - 1 : -1;
        }
        return index;
    }

    /** One block of a run, an item with its position among the run's items (see {@link #itemIndexes}). */
    public static Component block(Block block, int itemIndex, ReadingContext ctx, Consumer<ParagraphPanel> paragraphs) {
        return switch (block) {
            case Paragraph p -> {
                ParagraphPanel panel = new ParagraphPanel(p, ctx, paragraphs);
                paragraphs.accept(panel);
                yield panel;
            }
            case Item item -> item(item, itemIndex, ctx, paragraphs);
            case Footnote f -> footnote(f, ctx);
            case Statement s -> statement(s, ctx);
            case ProposalBlock pb -> proposalBlock(pb, ctx, paragraphs);
        };
    }

    static Component item(Item item, int index, ReadingContext ctx, Consumer<ParagraphPanel> paragraphs) {
        Div div = new Div();
        div.addClassNames("item", "item-" + item.marker().name().toLowerCase(java.util.Locale.ROOT));
        div.setId("block-" + item.id());
        div.getElement().setAttribute("data-block", item.id());
        String label = Numbering.itemLabel(item.marker(), index);
        boolean enclosed = item.marker() == Item.Marker.LETTER || item.marker() == Item.Marker.NUMBER
                || item.marker() == Item.Marker.ROMAN;
        Span marker = new Span(enclosed ? "(" + label + ")" : label);
        marker.addClassName("item-marker");
        Span text = InlineContent.of(item.content(), ctx, item.bracketed());
        text.addClassName("item-text");
        div.add(marker, text);
        if (!item.items().isEmpty()) div.add(blocks(item.items(), ctx, paragraphs));
        return div;
    }

    static Component footnote(Footnote footnote, ReadingContext ctx) {
        Div div = new Div();
        div.addClassName("footnote");
        div.setId("block-" + footnote.id());
        Span number = new Span(Integer.toString(ctx.numbering().footnote(footnote.id())));
        number.addClassName("footnote-number");
        div.add(number, InlineContent.of(footnote.content(), ctx));
        return div;
    }

    static Component statement(Statement statement, ReadingContext ctx) {
        Div div = new Div();
        div.addClassNames("statement", "statement-" + statement.kind().name().toLowerCase(java.util.Locale.ROOT));
        div.setId("block-" + statement.id());
        div.getElement().setAttribute("data-block", statement.id());
        String who = statement.actors().attributed() ? ctx.names(statement.actors())
                : ctx.t("documents.statement." + statement.kind().name().toLowerCase(java.util.Locale.ROOT));
        Span speaker = new Span(who + ctx.t("documents.attribution.colon"));
        speaker.addClassName("speaker");
        speaker.getElement().setAttribute("dir", "auto");
        String colour = ctx.colour(statement.actors());
        if (colour != null) speaker.getStyle().set("color", colour);
        div.add(speaker, InlineContent.of(statement.text(), ctx));
        return div;
    }

    /** A proposal standing as a block: new wording, a new item, a move, a chair's alternative text. */
    static Component proposalBlock(ProposalBlock block, ReadingContext ctx, Consumer<ParagraphPanel> paragraphs) {
        Proposal p = block.proposal();
        Div div = new Div();
        div.addClassNames("proposal-block", "proposal-" + p.kind().wire(), "status-" + p.status().wire());
        div.setId("block-" + block.id());
        div.getElement().setAttribute("data-block", block.id());
        div.getElement().setAttribute("data-proposal", p.id());

        StringBuilder heading = new StringBuilder();
        heading.append(p.actors().attributed() ? ctx.names(p.actors()) : ctx.t("documents.unattributed"))
                .append(ctx.t("documents.attribution.colon")).append(ctx.t("documents.kind." + p.kind().wire()));
        if (p.label() != null) heading.append(" · ").append(p.label());
        List<Integer> targets = p.targetIds().stream().map(id -> ctx.numbering().paragraph(id)).filter(n -> n > 0).toList();
        if (!targets.isEmpty()) {
            String key = ParagraphRanges.several(targets) ? "documents.targets" : "documents.target";
            heading.append(' ').append(ctx.t(key).replace("{0}", ParagraphRanges.of(targets)));
        }
        if (p.destination() != null) {
            heading.append(' ').append(ctx.t("documents.destination")
                    .replace("{0}", ctx.numbering().destination(p.destination(), ctx.locale().getLanguage())));
        }
        if (p.status() != org.draftroom.negotiation.Status.OPEN) {
            heading.append(" (").append(ctx.t("documents.status." + p.status().wire())).append(')');
        }
        Div head = new Div(new Span(heading.toString()));
        head.addClassName("proposal-heading");
        head.getElement().setAttribute("dir", "auto"); // the UI's words, in an Arabic text or an English one
        String colour = ctx.colour(p.actors());
        if (colour != null) head.getStyle().set("color", colour);
        div.add(head);
        if (!p.target().isEmpty()) div.add(withClass(InlineContent.of(p.target(), ctx), "proposal-target"));
        if (!p.text().isEmpty()) div.add(withClass(InlineContent.of(p.text(), ctx), "proposal-text"));
        if (!p.blocks().isEmpty()) div.add(blocks(p.blocks(), ctx, paragraphs));
        for (Proposal nested : p.proposals()) div.add(InlineContent.proposal(nested, ctx));
        if (!p.positions().isEmpty()) {
            Div positions = new Div(InlineContent.positions(p.positions(), ctx));
            positions.addClassName("positions");
            div.add(positions);
        }
        return div;
    }

    private static Component withClass(Span span, String className) {
        Div div = new Div(span);
        div.addClassName(className);
        return div;
    }
}
