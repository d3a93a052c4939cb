package org.draftroom.room.ui;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.draftroom.delegations.Delegation;
import org.draftroom.documents.ui.ParagraphPanel;
import org.draftroom.documents.ui.SectionOutline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Status;
import org.draftroom.room.Acting;
import org.draftroom.security.Role;

/**
 * The room's side panel: who is present, view mode and filters, for whom the secretariat is recording, and
 * the inspector of the selected paragraph or proposal. Keyboard: Alt+N new proposal on the selected paragraph,
 * Alt+D choose the delegation (secretariat), Ctrl+Enter submits a dialog.
 */
@com.vaadin.flow.component.dependency.StyleSheet("styles/room.css")
class RoomPanel extends Div {
    private final RoomDesk desk;
    private final RoomContext ctx;
    private final Span presence = new Span();
    private final Span onScreen = new Span();
    private final Div asOfBanner = new Div();
    private final Div inspector = new Div();
    private final ComboBox<Delegation> recordingFor = new ComboBox<>();
    private NegotiationDocument doc;
    private Inspected inspected;
    private Map<String, Integer> countsShown;

    /** What the inspector shows: the selection, and the state it was taken from (by identity: a commit makes a new one). */
    private record Inspected(String proposal, String block, NegotiationDocument doc) {
        boolean same(Inspected other) {
            return other != null && java.util.Objects.equals(proposal, other.proposal)
                    && java.util.Objects.equals(block, other.block) && doc == other.doc;
        }
    }

    RoomPanel(RoomDesk desk, RoomContext ctx) {
        this.desk = desk;
        this.ctx = ctx;
        addClassName("room-panel");
        presence.addClassName("room-presence");
        onScreen.addClassName("room-on-screen");
        asOfBanner.addClassName("room-as-of");
        inspector.addClassName("room-inspector");
        add(new H4(getTranslation("room.title")), presence, modes(), filters());
        if (ctx.is(Role.SECRETARIAT)) add(recordingFor());
        add(onScreen, asOfBanner, inspector);
        Shortcuts.addShortcutListener(this, this::newProposal, Key.KEY_N, KeyModifier.ALT).listenOn(UI.getCurrent());
        if (ctx.is(Role.SECRETARIAT)) {
            Shortcuts.addShortcutListener(this, () -> recordingFor.focus(), Key.KEY_D, KeyModifier.ALT).listenOn(UI.getCurrent());
        }
    }

    private RadioButtonGroup<RoomDesk.Mode> modes() {
        RadioButtonGroup<RoomDesk.Mode> modes = new RadioButtonGroup<>(getTranslation("room.mode"));
        modes.setItems(RoomDesk.Mode.values());
        modes.setItemLabelGenerator(m -> getTranslation("room.mode." + m.name().toLowerCase()));
        modes.setValue(RoomDesk.Mode.MARKED);
        modes.addClassName("room-modes");
        modes.addValueChangeListener(e -> {
            if (e.getValue() != null) desk.mode(e.getValue());
        });
        return modes;
    }

    private Div filters() {
        ComboBox<Delegation> byDelegation = delegationBox(getTranslation("room.filter.delegation"));
        byDelegation.setClearButtonVisible(true);
        byDelegation.addClassName("room-filter-delegation");
        MultiSelectComboBox<Status> byStatus = new MultiSelectComboBox<>(getTranslation("room.filter.status"));
        byStatus.setItems(Status.values());
        byStatus.setItemLabelGenerator(s -> getTranslation("room.status." + s.wire()));
        byStatus.addClassName("room-filter-status");
        Checkbox superseded = new Checkbox(getTranslation("room.filter.superseded"), true);
        superseded.addClassName("room-show-superseded");
        Runnable apply = () -> {
            EnumSet<Status> statuses = byStatus.getValue().isEmpty() ? EnumSet.allOf(Status.class) : EnumSet.copyOf(byStatus.getValue());
            if (!superseded.getValue()) statuses.remove(Status.SUPERSEDED);
            desk.filter(byDelegation.getValue() == null ? null : byDelegation.getValue().id(), statuses);
        };
        byDelegation.addValueChangeListener(e -> apply.run());
        byStatus.addValueChangeListener(e -> apply.run());
        superseded.addValueChangeListener(e -> apply.run());
        return new Div(byDelegation, byStatus, superseded);
    }

    private ComboBox<Delegation> recordingFor() {
        recordingFor.setLabel(getTranslation("room.recording-for"));
        recordingFor.setItems(speakers());
        recordingFor.setItemLabelGenerator(d -> ctx.delegations().displayName(d.id(), getLocale()));
        recordingFor.addClassName("room-recording-for");
        recordingFor.setHelperText(getTranslation("room.recording-for.help"));
        // what the inspector offers (withdraw) depends on whose words are being recorded
        recordingFor.addValueChangeListener(e -> {
            inspected = null;
            selectionChanged();
        });
        return recordingFor;
    }

    ComboBox<Delegation> delegationBox(String label) {
        ComboBox<Delegation> box = new ComboBox<>(label);
        box.setItems(speakers());
        box.setItemLabelGenerator(d -> ctx.delegations().displayName(d.id(), getLocale()));
        return box;
    }

    List<Delegation> speakers() {
        return ctx.delegations().all().stream()
                .filter(d -> d.kind() == Delegation.Kind.STATE || d.kind() == Delegation.Kind.GROUP)
                .sorted(Comparator.comparing(d -> ctx.delegations().displayName(d.id(), getLocale())))
                .toList();
    }

    /** For whom the user speaks now: a delegate for itself, the secretariat for the chosen delegation. */
    Acting acting(String group, List<String> coSponsors) {
        String delegation = ctx.is(Role.SECRETARIAT) && recordingFor.getValue() != null ? recordingFor.getValue().id() : null;
        return new Acting(delegation, group, coSponsors);
    }

    /** The delegation whose groups and co-sponsors make sense in a dialog. */
    String speakerId() {
        if (ctx.is(Role.DELEGATE)) return ctx.user().delegationId();
        return recordingFor.getValue() == null ? null : recordingFor.getValue().id();
    }

    void update(NegotiationDocument current, Map<String, Integer> counts) {
        this.doc = current;
        showPresence(ctx.broadcaster().present(desk.documentId()));
        showOnScreen(ctx.broadcaster().onScreen(desk.documentId()));
        asOfBanner.removeAll();
        asOfBanner.setVisible(desk.asOf() != null);
        if (desk.asOf() != null) {
            Button live = new Button(getTranslation("room.asof.live"), e -> desk.asOf(null));
            live.addClassName("room-back-live");
            asOfBanner.add(new Span(getTranslation("room.asof.banner").replace("{0}", String.valueOf(desk.asOf()))), live);
        }
        selectionChanged();
    }

    /**
     * "Present: Pakistan, United States (idle) · On the projection screen: Secretariat". Each name in its own
     * {@code <bdi>}, so a right-to-left or override character in one cannot reorder the list.
     */
    void showPresence(List<RoomBroadcaster.Presence> people) {
        List<String> screen = people.stream().filter(RoomBroadcaster.Presence::screen).map(this::name).toList();
        StringBuilder text = new StringBuilder(getTranslation("room.present")).append(' ');
        for (int i = 0; i < people.size(); i++) {
            if (i > 0) text.append(", ");
            RoomBroadcaster.Presence p = people.get(i);
            text.append(p.idle() ? getTranslation("room.present.idle").replace("{0}", name(p)) : name(p));
        }
        if (!screen.isEmpty()) text.append(" · ").append(getTranslation("room.present.screen")).append(' ').append(String.join(", ", screen));
        if (text.toString().equals(presence.getElement().getTextRecursively())) return;
        presence.getElement().removeAllChildren();
        presence.getElement().appendChild(new com.vaadin.flow.dom.Element("span").setText(getTranslation("room.present") + " "));
        for (int i = 0; i < people.size(); i++) {
            RoomBroadcaster.Presence p = people.get(i);
            if (i > 0) presence.getElement().appendChild(new com.vaadin.flow.dom.Element("span").setText(", "));
            String[] around = getTranslation("room.present.idle").split("\\{0\\}", -1);
            if (p.idle() && around.length == 2 && !around[0].isEmpty()) {
                presence.getElement().appendChild(new com.vaadin.flow.dom.Element("span").setText(around[0]));
            }
            presence.getElement().appendChild(new com.vaadin.flow.dom.Element("bdi").setText(name(p)));
            if (p.idle() && around.length == 2) presence.getElement().appendChild(new com.vaadin.flow.dom.Element("span").setText(around[1]));
        }
        if (!screen.isEmpty()) {
            presence.getElement().appendChild(new com.vaadin.flow.dom.Element("span").setText(" · " + getTranslation("room.present.screen") + " "));
            for (int i = 0; i < screen.size(); i++) {
                if (i > 0) presence.getElement().appendChild(new com.vaadin.flow.dom.Element("span").setText(", "));
                presence.getElement().appendChild(new com.vaadin.flow.dom.Element("bdi").setText(screen.get(i)));
            }
        }
    }

    /** A delegate as its delegation, in this reader's language; anyone else by their display name. */
    private String name(RoomBroadcaster.Presence p) {
        return p.delegation() == null ? p.displayName() : ctx.delegations().displayName(p.delegation(), getLocale());
    }

    void showOnScreen(String blockId) {
        int n = blockId == null || doc == null ? 0 : org.draftroom.negotiation.Numbering.of(doc).paragraph(blockId);
        setText(onScreen, n > 0 ? getTranslation("room.onscreen").replace("{0}", String.valueOf(n)) : "");
    }

    /** Every change goes to every open browser on each commit: send only what differs. */
    private static void setText(Span span, String text) {
        if (!text.equals(span.getText())) span.setText(text);
    }

    /** Re-shows the inspector when the selection or what it shows has changed (the text and numbering may move). */
    void selectionChanged() {
        boolean selected = desk.selectedProposal() != null || desk.selectedBlock() != null;
        Inspected shows = new Inspected(desk.selectedProposal(), desk.selectedBlock(), selected ? doc : null);
        if (doc != null && shows.same(inspected)) return;
        inspected = shows;
        inspector.removeAll();
        if (doc == null) return;
        if (desk.selectedProposal() != null) {
            inspector.add(new ProposalInspector(desk, ctx, this, doc, desk.selectedProposal()));
        } else if (desk.selectedBlock() != null) {
            inspector.add(new BlockInspector(desk, ctx, this, doc, desk.selectedBlock()));
        } else {
            inspector.add(new Span(getTranslation("room.select-hint")));
        }
    }

    /** The paragraph's own buttons in the reading view: propose wording, history. */
    void paragraphButtons(ParagraphPanel p) {
        if (ctx.speaks() && desk.asOf() == null) {
            Button propose = new Button(getTranslation("room.propose"), e -> ProposeDialog.open(desk, ctx, this, p.blockId()));
            propose.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            propose.addClassName("room-propose");
            p.actions().add(propose);
        }
        Button history = new Button(getTranslation("room.history"), e -> HistoryDialog.open(desk, ctx, p.blockId()));
        history.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        history.addClassName("room-history");
        p.actions().add(history);
    }

    /** Open-bracket counts next to each section of the outline, when they changed. */
    void countsInOutline(SectionOutline outline, Map<String, Integer> counts, boolean outlineIsNew) {
        if (!outlineIsNew && counts.equals(countsShown)) return;
        countsShown = counts;
        Map<String, String> notes = new java.util.HashMap<>();
        counts.forEach((section, n) -> notes.put(section, " [" + n + "]"));
        outline.annotate(notes, getTranslation("room.open-brackets"));
    }

    private void newProposal() {
        if (desk.selectedBlock() != null && ctx.speaks() && desk.asOf() == null) {
            ProposeDialog.open(desk, ctx, this, desk.selectedBlock());
        }
    }
}
