package org.draftroom.documents.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.draftroom.delegations.DelegationRegistry;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.StoredDocument;
import org.draftroom.negotiation.Section;

/**
 * Reading a document: header block, a section outline on the side, and the sections with their numbered
 * paragraphs, items, footnotes and proposals. Editing views build on {@link #show(StoredDocument)} and the
 * {@link #paragraphPanels()} (each with an actions slot).
 */
@Route("documents/:id")
@PermitAll
@StyleSheet("styles/documents.css")
public class DocumentView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final DocumentService documents;
    private final DelegationRegistry delegations;
    private final Div outlineSlot = new Div();
    private final Div text = new Div();
    private final Map<String, ParagraphPanel> paragraphPanels = new LinkedHashMap<>();
    private final Map<String, SectionPanel> sectionPanels = new LinkedHashMap<>();
    private StoredDocument current;
    private DocumentHeaderPanel header;

    public DocumentView(DocumentService documents, DelegationRegistry delegations) {
        this.documents = documents;
        this.delegations = delegations;
        addClassName("document-view");
        setSizeFull();
        setSpacing(false);
        outlineSlot.addClassName("document-outline-slot");
        outlineSlot.setWidth("16em");
        outlineSlot.getStyle().set("flex-shrink", "0").set("overflow-y", "auto");
        text.addClassName("document-text");
        text.getStyle().set("overflow-y", "auto");
        add(outlineSlot, text);
        setFlexGrow(1, text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        try {
            show(documents.get(id));
            event.getLocation().getQueryParameters().getSingleParameter("highlight").ifPresent(this::highlight);
        } catch (DocumentNotFoundException notFound) {
            current = null;
            outlineSlot.removeAll();
            text.removeAll();
            Paragraph message = new Paragraph(getTranslation("documents.notfound").replace("{0}", id));
            message.addClassName("document-not-found");
            text.add(message);
        }
    }

    /** Shows (or re-shows, after a change) the given state of the document. */
    public void show(StoredDocument stored) {
        current = stored;
        paragraphPanels.clear();
        sectionPanels.clear();
        ReadingContext ctx = ReadingContext.of(stored.document(), delegations, getLocale(), this::getTranslation);
        outlineSlot.removeAll();
        outlineSlot.add(new SectionOutline(ctx, this::scrollToSection));
        text.removeAll();
        header = new DocumentHeaderPanel(stored, ctx);
        text.add(header);
        if (!stored.document().preamble().isEmpty()) {
            Div preamble = BlockViews.blocks(stored.document().preamble(), ctx, this::register);
            preamble.addClassName("preamble");
            text.add(preamble);
        }
        int index = 0;
        for (Section section : stored.document().sections()) {
            SectionPanel panel = new SectionPanel(section, index++, ctx, this::register);
            sectionPanels.put(section.id(), panel);
            text.add(panel);
        }
    }

    private void register(ParagraphPanel panel) {
        paragraphPanels.put(panel.blockId(), panel);
    }

    /**
     * Scrolls to a block and marks it, for links from search results ({@code documents/{id}?highlight=<blockId>}).
     * The id may also be a section's (a proposal in a heading).
     */
    private void highlight(String blockId) {
        text.getElement().executeJs("""
                const el = document.getElementById('block-' + $0) || document.getElementById('section-' + $0);
                if (!el) return;
                el.classList.add('search-highlight');
                el.scrollIntoView({block: 'center'});""", blockId);
    }

    private void scrollToSection(String sectionId) {
        SectionPanel panel = sectionPanels.get(sectionId);
        if (panel != null) panel.scrollIntoView();
    }

    /** After the text was patched in place to {@code stored}: the header's revision line follows. */
    public void patched(StoredDocument stored) {
        current = stored;
        if (header != null) header.showRevision(stored.revision(), stored.updatedBy());
    }

    /** The state shown, if a document was found. */
    public Optional<StoredDocument> current() {
        return Optional.ofNullable(current);
    }

    /** Paragraph panels by block id, in reading order (chair alternatives' paragraphs included). */
    public Map<String, ParagraphPanel> paragraphPanels() {
        return paragraphPanels;
    }

    @Override
    public String getPageTitle() {
        return current == null ? "Draftroom" : current.document().header().symbol() + " · Draftroom";
    }
}
