package org.draftroom.documents.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
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
 * Reading a document: header block, a section outline, and the sections with their numbered paragraphs, items,
 * footnotes and proposals. The view declares what a {@link ReadingRoom} may fill: the {@link #aside()} beside the
 * text and the {@link #alternativeText()} shown instead of it, and it gives the room its parts by type
 * ({@link #textColumn()}, {@link #outline()}, {@link #sectionPanels()}, {@link #paragraphPanels()}).
 * <p>
 * Layout (documents.css): from 1400 px the outline, the text and the aside stand side by side; below, the outline
 * and the aside are drawers over the text, opened by the toolbar's buttons or Alt+O / Alt+R, closed by Escape.
 */
@Route("documents/:id")
@PermitAll
@StyleSheet("styles/documents.css")
public class DocumentView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final DocumentService documents;
    private final DelegationRegistry delegations;
    private final Div toolbar = new Div();
    private final Button outlineToggle = new Button();
    private final Button asideToggle = new Button();
    private final Div outlineSlot = new Div();
    private final Div main = new Div();
    private final Div text = new Div();
    private final Div alternative = new Div();
    private final Div aside = new Div();
    private final Map<String, ParagraphPanel> paragraphPanels = new LinkedHashMap<>();
    private final ReadingRoom.Desk desk;
    private SectionOutline outline;
    private StoredDocument current;
    private DocumentHeaderPanel header;

    /** The reading view alone, without a room (tests, and a build without the room module). */
    public DocumentView(DocumentService documents, DelegationRegistry delegations) {
        this(documents, delegations, null);
    }

    @Autowired
    DocumentView(DocumentService documents, DelegationRegistry delegations, ObjectProvider<ReadingRoom> room) {
        this.documents = documents;
        this.delegations = delegations;
        addClassName("document-view");
        outlineSlot.addClassName("document-outline-slot");
        outlineSlot.setId("document-outline");
        drawer(outlineSlot, "navigation", getTranslation("documents.outline"));
        main.addClassName("document-main");
        text.addClassName("document-text");
        alternative.addClassName("document-alternative");
        alternative.setVisible(false);
        aside.addClassName("document-aside");
        aside.setId("document-aside");
        drawer(aside, "complementary", getTranslation("documents.aside"));
        toolbar.addClassName("document-toolbar");
        toggle(outlineToggle, "document-outline-toggle", "documents.outline.toggle", outlineSlot, "outline-open");
        toggle(asideToggle, "document-aside-toggle", "documents.aside.toggle", aside, "aside-open");
        asideToggle.setVisible(false);
        toolbar.add(outlineToggle, asideToggle);
        main.add(toolbar, text, alternative);
        add(outlineSlot, main, aside);
        // anywhere on the page while the view is shown (a click on the text leaves the focus on the body)
        Shortcuts.addShortcutListener(this, outlineToggle::click, Key.KEY_O, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> {
            if (asideToggle.isVisible()) asideToggle.click();
        }, Key.KEY_R, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::closeDrawers, Key.ESCAPE);
        ReadingRoom furnisher = room == null ? null : room.getIfAvailable();
        desk = furnisher == null ? null : furnisher.furnish(this);
        asideToggle.setVisible(aside.getChildren().findAny().isPresent());
    }

    private static void drawer(Div drawer, String role, String label) {
        drawer.getElement().setAttribute("role", role);
        drawer.getElement().setAttribute("aria-label", label);
        drawer.getElement().setAttribute("tabindex", "-1");
    }

    /** A toolbar button that opens and closes one drawer (below 1400 px; wider, the drawers are always shown). */
    private void toggle(Button button, String className, String key, Div drawer, String openClass) {
        button.setText(getTranslation(key));
        button.addClassName(className);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-controls", drawer.getId().orElseThrow());
        button.getElement().setAttribute("aria-expanded", "false");
        button.addClickListener(e -> open(openClass, !hasClassName(openClass)));
    }

    private void open(String openClass, boolean open) {
        closeDrawers();
        if (!open) return;
        addClassName(openClass);
        boolean outlineOpen = openClass.equals("outline-open");
        (outlineOpen ? outlineToggle : asideToggle).getElement().setAttribute("aria-expanded", "true");
        // keyboard users land in the drawer they opened
        (outlineOpen ? outlineSlot : aside).getElement().executeJs("this.focus()");
    }

    private void closeDrawers() {
        removeClassNames("outline-open", "aside-open");
        outlineToggle.getElement().setAttribute("aria-expanded", "false");
        asideToggle.getElement().setAttribute("aria-expanded", "false");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        closeDrawers();
        var params = event.getLocation().getQueryParameters();
        try {
            StoredDocument stored = documents.get(id);
            Long revision = revision(stored, params.getSingleParameter("revision").orElse(null));
            aside.setVisible(true);
            if (desk == null) show(revision == null ? stored : asOf(stored, revision));
            else desk.open(stored, revision);
            params.getSingleParameter("highlight").ifPresent(block -> highlight(block, params.getSingleParameter("q").orElse("")));
        } catch (DocumentNotFoundException notFound) {
            nothingShown(getTranslation("documents.notfound").replace("{0}", id));
        } catch (NoSuchRevision wrong) {
            nothingShown(getTranslation("documents.revision.notfound").replace("{0}", wrong.getMessage()).replace("{1}", id));
        }
    }

    private void nothingShown(String text) {
        current = null;
        outlineSlot.removeAll();
        this.text.removeAll();
        paragraphPanels.clear();
        aside.setVisible(false);
        if (desk != null) desk.leave();
        Paragraph message = new Paragraph(text);
        message.addClassName("document-not-found");
        this.text.add(message);
    }

    /** A link's {@code ?revision=N}: one of the document's revisions, or no text is shown (never a wrong one). */
    private static Long revision(StoredDocument stored, String param) {
        if (param == null) return null;
        try {
            long n = Long.parseLong(param);
            if (n >= 1 && n <= stored.revision()) return n;
        } catch (NumberFormatException notANumber) {
            // refused below like any other revision the document does not have
        }
        throw new NoSuchRevision(param.length() > 20 ? param.substring(0, 20) + "…" : param);
    }

    private static final class NoSuchRevision extends RuntimeException {
        NoSuchRevision(String revision) {
            super(revision, null, false, false);
        }
    }

    /** Without a room: the text as it stood, with who changed it then. */
    private StoredDocument asOf(StoredDocument latest, long revision) {
        String by = documents.historyEntry(latest.id(), revision).map(h -> h.actor()).orElse(latest.updatedBy());
        return new StoredDocument(documents.asOf(latest.id(), revision), revision, latest.sessionCode(),
                latest.createdAt(), latest.createdBy(), latest.updatedAt(), by);
    }

    /** Shows (or re-shows, after a change) the given state of the document. */
    public void show(StoredDocument stored) {
        current = stored;
        paragraphPanels.clear();
        ReadingContext ctx = ReadingContext.of(stored.document(), delegations, getLocale(), this::getTranslation);
        outlineSlot.removeAll();
        outline = new SectionOutline(ctx, this::scrollToSection);
        outlineSlot.add(outline);
        text.removeAll();
        language(stored.document().header().language());
        header = new DocumentHeaderPanel(stored, changedBy(stored), ctx);
        text.add(header);
        if (!stored.document().preamble().isEmpty()) {
            Div preamble = BlockViews.blocks(stored.document().preamble(), ctx, this::register);
            preamble.addClassName("preamble");
            text.add(preamble);
        }
        int index = 0;
        for (Section section : stored.document().sections()) text.add(new SectionPanel(section, index++, ctx, this::register));
    }

    /**
     * The text column speaks the document's language whatever the UI's: an Arabic text runs right to left in an
     * English UI, an English one left to right in the mirrored Arabic UI; lang picks the fonts and hyphenation.
     */
    private void language(String tag) {
        text.getElement().setAttribute("lang", tag);
        text.getElement().setAttribute("dir", Scripts.rightToLeft(tag) ? "rtl" : "ltr");
    }

    private void register(ParagraphPanel panel) {
        paragraphPanels.put(panel.blockId(), panel);
    }

    /**
     * Scrolls to a block and marks it, for links from search results ({@code documents/{id}?highlight=<blockId>&q=…}),
     * with the words of the search marked inside it. The id may also be a section's (a proposal in a heading).
     * Blocks are laid out only as they come into view (content-visibility), so the text above the block changes
     * height while the browser scrolls: the block is brought back to the middle on each frame until it stands still.
     */
    private void highlight(String blockId, String query) {
        text.getElement().executeJs("""
                const el = document.getElementById('block-' + $0) || document.getElementById('section-' + $0);
                if (!el) return;
                el.classList.add('search-highlight');
                const words = ($1 || '').replace(/["()*?~^]/g, ' ').split(/\\s+/)
                    .filter(w => w && !['AND', 'OR', 'NOT'].includes(w)).map(w => w.replace(/^[+-]/, ''))
                    .filter(w => w).sort((a, b) => b.length - a.length);
                if (words.length) {
                  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                  const nodes = [];
                  while (walker.nextNode()) nodes.push(walker.currentNode);
                  for (const node of nodes) {
                    const lower = node.data.toLowerCase();
                    let at = -1, word = '';
                    for (const w of words) {
                      const i = lower.indexOf(w.toLowerCase());
                      if (i >= 0 && (at < 0 || i < at)) { at = i; word = w; }
                    }
                    if (at < 0) continue;
                    const hit = node.splitText(at);
                    hit.splitText(word.length);
                    const mark = document.createElement('mark');
                    mark.className = 'search-hit-word';
                    hit.parentNode.replaceChild(mark, hit);
                    mark.appendChild(hit);
                  }
                }
                const scroller = el.closest('.document-main') || document.scrollingElement;
                let still = 0, frames = 0;
                const settle = () => {
                  const box = scroller.getBoundingClientRect(), r = el.getBoundingClientRect();
                  const off = r.top < box.top || r.top > box.top + box.height * 0.6;
                  if (off) { el.scrollIntoView({block: 'center'}); still = 0; } else still++;
                  if (still < 10 && ++frames < 300) requestAnimationFrame(settle);
                };
                el.scrollIntoView({block: 'center'});
                requestAnimationFrame(settle);""", blockId, query);
    }

    private void scrollToSection(String sectionId) {
        sectionPanels().filter(p -> p.section().id().equals(sectionId)).findFirst().ifPresent(SectionPanel::scrollIntoView);
        closeDrawers();
    }

    /** After the text was patched in place to {@code stored}: the header's revision line follows. */
    public void patched(StoredDocument stored) {
        current = stored;
        if (header != null) header.showRevision(stored.revision(), changedBy(stored));
    }

    private String changedBy(StoredDocument stored) {
        return desk == null ? stored.updatedBy() : desk.changedBy(stored);
    }

    /** The state shown, if a document was found. */
    public Optional<StoredDocument> current() {
        return Optional.ofNullable(current);
    }

    /** Paragraph panels by block id, in reading order (chair alternatives' paragraphs included). */
    public Map<String, ParagraphPanel> paragraphPanels() {
        return paragraphPanels;
    }

    /** The column of the marked text: header, preamble and one {@link SectionPanel} per section, in order. */
    public Div textColumn() {
        return text;
    }

    /** The section panels now in the text column (a patch may have replaced some since {@link #show}). */
    public Stream<SectionPanel> sectionPanels() {
        return text.getChildren().filter(SectionPanel.class::isInstance).map(SectionPanel.class::cast);
    }

    /** The outline of the document shown, if one is. */
    public Optional<SectionOutline> outline() {
        return Optional.ofNullable(outline);
    }

    /** Slot beside the text (a drawer below 1400 px): the room's panel. */
    public HasComponents aside() {
        return aside;
    }

    /** Slot shown instead of the marked text while {@link #showAlternative(boolean)} says so (a clean text). */
    public HasComponents alternativeText() {
        return alternative;
    }

    /** Shows the alternative slot in place of the marked text, or the marked text again. */
    public void showAlternative(boolean instead) {
        text.setVisible(!instead);
        alternative.setVisible(instead);
    }

    @Override
    public String getPageTitle() {
        return current == null ? "Draftroom" : current.document().header().symbol() + " · Draftroom";
    }
}
