package org.draftroom.room.ui;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;

import org.draftroom.documents.DocumentChanged;
import org.draftroom.documents.StoredDocument;
import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ParagraphPanel;
import org.draftroom.documents.ui.ReadingRoom;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Status;
import org.draftroom.room.ParagraphSelected;
import org.draftroom.room.RoomConflictException;
import org.draftroom.room.internal.ViewFilters;

/**
 * The room around one open document view: keeps what is shown (mode, filters, a past revision), what is
 * selected, re-shows the text when anyone commits a change (pushed by {@link RoomBroadcaster}) and wires the
 * paragraphs and proposals of the reading view to the side panel. Made by {@link RoomExtension} for each new
 * reading view, which then hands it every document it is opened on.
 */
class RoomDesk implements ReadingRoom.Desk {
    public enum Mode { MARKED, CLEAN_OPEN, CLEAN_AGREED }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoomDesk.class);
    /** The proposal or block under a click; inline proposals live in the text's HTML, not as server elements. */
    private static final String CLICKED_PROPOSAL =
            "(e => e ? e.getAttribute('data-proposal') : null)(event.target.closest('[data-proposal],[data-block]'))";
    private static final String CLICKED_BLOCK =
            "(e => e ? e.getAttribute('data-block') : null)(event.target.closest('[data-block]'))";

    private final DocumentView view;
    private final RoomContext ctx;
    private final RoomPanel panel;
    private final Div cleanPane = new Div();
    private Registration registration;
    private RoomBroadcaster.Viewer viewer;
    private String documentId;
    private StoredDocument latest;
    private Mode mode = Mode.MARKED;
    private String delegationFilter;
    private Set<Status> statusFilter = EnumSet.allOf(Status.class);
    private Long asOf;
    private String selectedBlock;
    private String selectedProposal;
    /** What the reading view shows now, for patching it instead of re-rendering it all; null forces a full render. */
    private NegotiationDocument shownDoc;
    private boolean proposalMarked;

    RoomDesk(DocumentView view, RoomContext ctx) {
        this.view = view;
        this.ctx = ctx;
        ComponentUtil.setData(view, RoomDesk.class, this);
        cleanPane.addClassName("room-clean-text");
        cleanPane.setVisible(false);
        panel = new RoomPanel(this, ctx);
        view.alternativeText().add(cleanPane);
        view.aside().add(panel);
        // one listener for the whole text: the closest proposal or block under the click is selected
        view.textColumn().getElement().addEventListener("click", e -> clicked(
                e.getEventData().path(CLICKED_PROPOSAL).stringValue(null), e.getEventData().path(CLICKED_BLOCK).stringValue(null)))
                .addEventData(CLICKED_PROPOSAL).addEventData(CLICKED_BLOCK);
        view.addDetachListener(e -> close());
        view.addAttachListener(e -> {
            if (registration == null && documentId != null) listen();
        });
    }

    static Optional<RoomDesk> of(DocumentView view) {
        return Optional.ofNullable(ComponentUtil.getData(view, RoomDesk.class));
    }

    /**
     * The view was opened on {@code stored} (the document may be another one now), live or as it stood at a revision
     * (a link from the timeline): shows it with the room's view settings.
     */
    @Override
    public void open(StoredDocument stored, Long revision) {
        String id = stored.id();
        if (!id.equals(documentId)) {
            close();
            documentId = id;
            selectedBlock = null;
            selectedProposal = null;
        }
        asOf = revision;
        shownDoc = null;
        if (registration == null) listen();
        show(stored);
    }

    @Override
    public void leave() {
        close();
        documentId = null;
        latest = null;
        shownDoc = null;
    }

    /** "Pakistan", "Secretariat for Pakistan": the change that made the revision shown, as the timeline says it. */
    @Override
    public String changedBy(StoredDocument shown) {
        java.util.Locale locale = locale();
        return ctx.timeline().change(shown.id(), shown.revision())
                .map(e -> ChangeWords.who(e, ctx.delegations(), locale, view::getTranslation)).orElse(shown.updatedBy());
    }

    /** The reader's locale, also while the view is being built and not yet attached (its getUI() still empty). */
    private java.util.Locale locale() {
        return view.getUI().or(() -> java.util.Optional.ofNullable(UI.getCurrent())).map(UI::getLocale).orElse(java.util.Locale.ENGLISH);
    }

    private void listen() {
        UI ui = UI.getCurrent();
        String name = ctx.user().displayName();
        viewer = new RoomBroadcaster.Viewer(ui, ctx.user().username(), name, ctx.user().delegationId(), false, this::news);
        registration = ctx.broadcaster().register(documentId, viewer);
    }

    /** The user did something here: not idle (heartbeats alone do not count). */
    private void active() {
        if (viewer != null) viewer.active();
    }

    private void close() {
        if (registration != null) registration.remove();
        registration = null;
    }

    private void news(Object news) {
        switch (news) {
            case DocumentChanged ignored -> {
                if (asOf == null) refresh();
            }
            case RoomBroadcaster.PresenceChanged ignored -> panel.showPresence(ctx.broadcaster().present(documentId));
            case ParagraphSelected s -> panel.showOnScreen(s.blockId());
            default -> { }
        }
    }

    /** Re-reads the document and shows it in the current mode, keeping the selection. */
    public void refresh() {
        show(ctx.documents().get(documentId));
    }

    private void show(StoredDocument stored) {
        long t0 = System.nanoTime();
        latest = stored;
        long t1 = System.nanoTime();
        NegotiationDocument doc = asOf == null ? latest.document() : ctx.documents().asOf(documentId, asOf);
        NegotiationDocument shown = ViewFilters.filter(doc, delegationFilter, statusFilter);
        boolean patched = DocumentPatcher.patch(view, shownDoc, shown,
                org.draftroom.documents.ui.ReadingContext.of(shown, ctx.delegations(), locale(), view::getTranslation));
        StoredDocument showing = new StoredDocument(shown, asOf == null ? latest.revision() : asOf, latest.sessionCode(),
                latest.createdAt(), latest.createdBy(), latest.updatedAt(), latest.updatedBy());
        if (patched) view.patched(showing);
        else view.show(showing);
        shownDoc = shown;
        long t2 = System.nanoTime();
        boolean clean = mode != Mode.MARKED;
        view.showAlternative(clean);
        cleanPane.setVisible(clean);
        if (clean) {
            cleanPane.setText(mode == Mode.CLEAN_AGREED ? ctx.renderer().cleanAgreed(doc) : ctx.renderer().cleanOpen(doc));
        }
        long t3 = System.nanoTime();
        noteAsOf();
        decorate(shown, !patched);
        long t4 = System.nanoTime();
        panel.update(doc, ViewFilters.openBrackets(doc));
        if (LOG.isDebugEnabled()) {
            LOG.debug("refresh of {} took {} ms (load {}, {} {}, clean {}, decorate {})", documentId, (System.nanoTime() - t0) / 1_000_000,
                    (t1 - t0) / 1_000_000, patched ? "patch" : "render", (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        }
    }

    /**
     * Above the text, not only in the room panel (a drawer below 1400 px): a past revision says it is one, read only,
     * with the way back to the live text.
     */
    private void noteAsOf() {
        view.textColumn().getChildren().filter(c -> c.hasClassName("room-as-of-note")).toList()
                .forEach(c -> view.textColumn().remove(c));
        if (asOf == null) return;
        com.vaadin.flow.component.button.Button live = new com.vaadin.flow.component.button.Button(
                view.getTranslation("room.asof.live"), e -> asOf(null));
        live.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        Div note = new Div(new com.vaadin.flow.component.html.Span(
                view.getTranslation("room.asof.banner").replace("{0}", String.valueOf(asOf)) + " "), live);
        note.addClassNames("room-as-of", "room-as-of-note");
        view.textColumn().addComponentAsFirst(note);
    }

    /** Paragraphs, items and proposals of the reading view become selectable; paragraphs get their buttons. */
    private void decorate(NegotiationDocument shown, boolean rendered) {
        highlight();
        view.outline().ifPresent(outline -> panel.countsInOutline(outline, ViewFilters.openBrackets(shown), rendered));
    }

    private void clicked(String proposal, String block) {
        active();
        if (proposal != null) selectProposal(proposal);
        else if (block != null) selectBlock(block);
    }

    public void selectBlock(String blockId) {
        selectedBlock = blockId;
        selectedProposal = null;
        highlight();
        panel.selectionChanged();
    }

    public void selectProposal(String proposalId) {
        selectedProposal = proposalId;
        highlight();
        panel.selectionChanged();
    }

    /** Marks the selection; the selected paragraph (only) carries the propose and history buttons. */
    private void highlight() {
        for (ParagraphPanel p : view.paragraphPanels().values()) {
            boolean selected = p.blockId().equals(selectedBlock);
            p.setClassName("room-selected", selected);
            if (!selected && p.actions().getChildren().findAny().isPresent()) p.actions().removeAll();
            if (selected && p.actions().getChildren().findAny().isEmpty()) panel.paragraphButtons(p);
        }
        // marked in the browser: inline proposals are not server-side elements
        if (selectedProposal == null && !proposalMarked) return;
        proposalMarked = selectedProposal != null;
        view.textColumn().getElement().executeJs("""
                this.querySelectorAll('.room-selected-proposal').forEach(e => e.classList.remove('room-selected-proposal'));
                if ($0) this.querySelectorAll('[data-proposal="' + CSS.escape($0) + '"]')
                        .forEach(e => e.classList.add('room-selected-proposal'));""", selectedProposal);
    }

    /**
     * Runs an action of the user; a refusal or conflict is shown as it was explained, nothing is lost. The user's
     * own view shows the result in the same round trip; the push that follows finds nothing left to change.
     */
    public boolean act(Runnable action) {
        active();
        try {
            action.run();
            if (documentId != null) refresh();
            return true;
        } catch (RoomConflictException | org.springframework.security.access.AccessDeniedException | IllegalArgumentException e) {
            Notification n = Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            n.addClassName("room-error");
            return false;
        }
    }

    public String documentId() {
        return documentId;
    }

    public StoredDocument latest() {
        return latest;
    }

    public DocumentView view() {
        return view;
    }

    public String selectedBlock() {
        return selectedBlock;
    }

    public String selectedProposal() {
        return selectedProposal;
    }

    public Mode mode() {
        return mode;
    }

    public void mode(Mode m) {
        active();
        mode = m;
        shownDoc = null;
        refresh();
    }

    public void filter(String delegation, Set<Status> statuses) {
        active();
        delegationFilter = delegation;
        statusFilter = statuses.isEmpty() ? EnumSet.allOf(Status.class) : EnumSet.copyOf(statuses);
        shownDoc = null;
        refresh();
    }

    public Long asOf() {
        return asOf;
    }

    /** Shows the document as it stood at a revision (read only), or live again with null. */
    public void asOf(Long revision) {
        // back to the live text: a reload must not bring the timeline's ?revision=N back
        if (revision == null && asOf != null) view.getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "documents/" + documentId));
        asOf = revision;
        shownDoc = null;
        refresh();
    }
}
