package org.draftroom.room.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
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
 * Brings an open reading view up to date by re-rendering only what changed: the changed top-level blocks of a
 * section, or a whole section when blocks came or went. A change of the document's shape (sections, opening
 * paragraphs, paragraph numbers) asks for a full re-render. Keeps pushes small and fast on long texts.
 */
final class DocumentPatcher {
    private DocumentPatcher() {
    }

    /** True when the view now shows {@code after}; false when the caller must re-render it all. */
    static boolean patch(DocumentView view, NegotiationDocument before, NegotiationDocument after, ReadingContext ctx) {
        if (before == null || !before.id().equals(after.id()) || !before.header().equals(after.header())
                || !before.preamble().equals(after.preamble()) || !sameSections(before, after) || renumbered(before, after)) {
            return false;
        }
        Consumer<ParagraphPanel> register = p -> view.paragraphPanels().put(p.blockId(), p);
        for (int i = 0; i < after.sections().size(); i++) {
            Section old = before.sections().get(i);
            Section now = after.sections().get(i);
            if (old.equals(now)) continue;
            Optional<Element> oldPanel = sectionPanel(view, now.id());
            if (oldPanel.isEmpty()) return false;
            boolean sameBlocks = old.heading().equals(now.heading()) && old.blocks().stream().map(Block::id).toList()
                    .equals(now.blocks().stream().map(Block::id).toList());
            if (!sameBlocks) {
                forget(view, old.blocks());
                swap(oldPanel.get(), new SectionPanel(now, i, ctx, register));
                continue;
            }
            for (int b = 0; b < now.blocks().size(); b++) {
                if (Objects.equals(old.blocks().get(b), now.blocks().get(b))) continue;
                Block block = now.blocks().get(b);
                ParagraphPanel known = view.paragraphPanels().get(block.id());
                Optional<Element> oldBlock = known != null ? Optional.of(known.getElement()) : find(oldPanel.get(), "data-block", block.id());
                if (oldBlock.isEmpty()) return false;
                forget(view, List.of(old.blocks().get(b)));
                Div wrapper = BlockViews.blocks(List.of(block), ctx, register);
                Component rendered = wrapper.getChildren().findFirst().orElseThrow();
                wrapper.remove(rendered);
                swap(oldBlock.get(), rendered);
            }
        }
        return true;
    }

    /** Section panels are children of the text column: no need to search the whole page. */
    private static Optional<Element> sectionPanel(DocumentView view, String sectionId) {
        return view.getChildren().filter(c -> c.getClassNames().contains("document-text"))
                .flatMap(text -> text.getElement().getChildren())
                .filter(e -> ("section-" + sectionId).equals(e.getAttribute("id"))).findFirst();
    }

    private static boolean sameSections(NegotiationDocument a, NegotiationDocument b) {
        return a.sections().stream().map(s -> s.id() + "|" + s.label()).toList()
                .equals(b.sections().stream().map(s -> s.id() + "|" + s.label()).toList());
    }

    /** A paragraph both versions have now carries another number: every number after it may have moved. */
    private static boolean renumbered(NegotiationDocument before, NegotiationDocument after) {
        Numbering a = Numbering.of(before);
        Numbering b = Numbering.of(after);
        Map<String, Integer> old = new HashMap<>();
        Walk.blocks(before).forEach(x -> old.put(x.id(), a.paragraph(x.id())));
        return Walk.blocks(after).stream().anyMatch(x -> old.containsKey(x.id()) && old.get(x.id()) != b.paragraph(x.id()));
    }

    private static void forget(DocumentView view, List<Block> blocks) {
        NegotiationDocument part = new NegotiationDocument("x", org.draftroom.negotiation.DocumentHeader.minimal("", "", "en"),
                blocks, List.of());
        Walk.blocks(part).forEach(b -> view.paragraphPanels().remove(b.id()));
    }

    private static void swap(Element old, Component replacement) {
        Element parent = old.getParent();
        int index = parent.indexOfChild(old);
        parent.removeChild(index);
        parent.insertChild(index, replacement.getElement());
    }

    static Optional<Element> find(Element root, String attribute, String value) {
        if (value.equals(root.getAttribute(attribute))) return Optional.of(root);
        for (Element child : root.getChildren().toList()) {
            Optional<Element> found = find(child, attribute, value);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }
}
