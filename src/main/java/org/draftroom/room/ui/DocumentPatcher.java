package org.draftroom.room.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

import org.draftroom.documents.ui.BlockViews;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ParagraphPanel;
import org.draftroom.documents.ui.ReadingContext;
import org.draftroom.documents.ui.SectionPanel;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Numbering;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Walk;

/**
 * Brings an open reading view up to date by re-rendering only what changed: the changed, added and removed
 * top-level blocks of a section, or a whole section when its heading changed. A change of the document's shape
 * (sections, opening paragraphs, paragraph or footnote numbers) asks for a full re-render. Keeps what is pushed
 * to every open browser small on long texts.
 */
final class DocumentPatcher {
    private DocumentPatcher() {
    }

    /** True when the view now shows {@code after} ({@code ctx} is after's); false when the caller must re-render it all. */
    static boolean patch(DocumentView view, NegotiationDocument before, NegotiationDocument after, ReadingContext ctx) {
        if (before == null || !before.id().equals(after.id()) || !before.header().equals(after.header())
                || !before.preamble().equals(after.preamble()) || !sameSections(before, after) || renumbered(before, after, ctx.numbering())) {
            return false;
        }
        Consumer<ParagraphPanel> register = p -> view.paragraphPanels().put(p.blockId(), p);
        for (int i = 0; i < after.sections().size(); i++) {
            Section old = before.sections().get(i);
            Section now = after.sections().get(i);
            if (old.equals(now)) continue;
            Optional<SectionPanel> oldPanel = view.sectionPanels().filter(p -> p.section().id().equals(now.id())).findFirst();
            if (oldPanel.isEmpty()) return false;
            if (!old.heading().equals(now.heading()) || !patchBlocks(view, oldPanel.get().blocks().getElement(), old.blocks(), now.blocks(), ctx, register)) {
                forget(view, old.blocks(), oldPanel.get().getElement());
                swap(oldPanel.get().getElement(), new SectionPanel(now, i, ctx, register));
            }
        }
        return true;
    }

    /**
     * Brings a section's run of blocks from {@code old} to {@code now} in place: blocks that are unchanged (and,
     * for items, still carry the same label) keep their elements, changed and new ones are rendered, gone ones
     * removed. A proposal that adds one item sends one new element, not the section. False when the panel does
     * not look as expected (the caller re-renders the section then).
     */
    private static boolean patchBlocks(DocumentView view, Element run, List<Block> old, List<Block> now,
                                       ReadingContext ctx, Consumer<ParagraphPanel> register) {
        if (run.getChildCount() != old.size() || !unique(old) || !unique(now)) return false;
        int[] oldIndex = BlockViews.itemIndexes(old);
        int[] newIndex = BlockViews.itemIndexes(now);
        Map<String, Integer> oldAt = new HashMap<>();
        for (int i = 0; i < old.size(); i++) oldAt.put(old.get(i).id(), i);
        List<Element> wanted = new ArrayList<>();
        Set<Element> kept = new HashSet<>();
        for (int j = 0; j < now.size(); j++) {
            Integer i = oldAt.get(now.get(j).id());
            if (i != null && old.get(i).equals(now.get(j)) && oldIndex[i] == newIndex[j]) {
                Element element = run.getChild(i);
                wanted.add(element);
                kept.add(element);
            } else {
                wanted.add(null);
            }
        }
        for (int i = old.size() - 1; i >= 0; i--) {
            if (!kept.contains(run.getChild(i))) {
                forget(view, List.of(old.get(i)), run.getChild(i));
                run.removeChild(i);
            }
        }
        for (int j = 0; j < now.size(); j++) {
            Element element = wanted.get(j);
            if (element == null) element = BlockViews.block(now.get(j), newIndex[j], ctx, register).getElement();
            if (j < run.getChildCount() && run.getChild(j).equals(element)) continue;
            if (element.getParent() != null) element.removeFromParent();
            run.insertChild(j, element);
        }
        return true;
    }

    private static boolean unique(List<Block> blocks) {
        return blocks.stream().map(Block::id).distinct().count() == blocks.size();
    }

    private static boolean sameSections(NegotiationDocument a, NegotiationDocument b) {
        return a.sections().stream().map(s -> s.id() + "|" + s.label()).toList()
                .equals(b.sections().stream().map(s -> s.id() + "|" + s.label()).toList());
    }

    /** A paragraph or footnote both versions have now carries another number: every number after it may have moved. */
    private static boolean renumbered(NegotiationDocument before, NegotiationDocument after, Numbering now) {
        Numbering a = Numbering.of(before);
        Map<String, List<Integer>> old = new HashMap<>();
        Walk.blocks(before).forEach(x -> old.put(x.id(), List.of(a.paragraph(x.id()), a.footnote(x.id()))));
        return Walk.blocks(after).stream().anyMatch(x -> old.containsKey(x.id())
                && !old.get(x.id()).equals(List.of(now.paragraph(x.id()), now.footnote(x.id()))));
    }

    /**
     * Drops the panels of blocks whose elements go with {@code removed}. A block moved to a section patched earlier
     * is registered again already, under the same id, with an element elsewhere: that registration stays.
     */
    private static void forget(DocumentView view, List<Block> blocks, Element removed) {
        NegotiationDocument part = new NegotiationDocument("x", org.draftroom.negotiation.DocumentHeader.minimal("", "", "en"),
                blocks, List.of());
        Walk.blocks(part).forEach(b -> {
            ParagraphPanel panel = view.paragraphPanels().get(b.id());
            if (panel != null && within(panel.getElement(), removed)) view.paragraphPanels().remove(b.id());
        });
    }

    private static boolean within(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.equals(ancestor)) return true;
        }
        return false;
    }

    private static void swap(Element old, Component replacement) {
        Element parent = old.getParent();
        int index = parent.indexOfChild(old);
        parent.removeChild(index);
        parent.insertChild(index, replacement.getElement());
    }

}
