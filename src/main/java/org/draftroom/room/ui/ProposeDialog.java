package org.draftroom.room.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.draftroom.delegations.Delegation;
import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.room.Acting;
import org.draftroom.room.RoomOutcome;
import org.draftroom.room.internal.ContradictionCheck;
import org.draftroom.room.internal.Contradictions;
import org.draftroom.room.internal.DocumentEdits;
import org.draftroom.room.Wording;
import org.draftroom.security.Role;

/**
 * Proposing on a paragraph, in one of two ways the user chooses: suggestion mode (the current wording to edit
 * freely; the server records the differences as the delegation's insertions, deletions and replacements; markers
 * ⟦n⟧ stand for proposals already on the table and must stay) or new wording for the whole paragraph (one
 * rewrite proposal, also on a paragraph holding proposals, which stay). The secretariat sees for whom it
 * records. If the submission conflicts with a change made meanwhile, the dialog stays open with the user's text.
 */
class ProposeDialog extends Dialog {

    static ProposeDialog open(RoomDesk desk, RoomContext ctx, RoomPanel panel, String blockId) {
        return open(desk, ctx, panel, blockId, false);
    }

    static ProposeDialog open(RoomDesk desk, RoomContext ctx, RoomPanel panel, String blockId, boolean baseText) {
        ProposeDialog d = new ProposeDialog(desk, ctx, panel, blockId, baseText);
        d.open();
        return d;
    }

    final TextArea wording = new TextArea();
    final ComboBox<Delegation> group = new ComboBox<>();
    final MultiSelectComboBox<Delegation> coSponsors = new MultiSelectComboBox<>();
    final Button submit;
    final Div recordingFor = new Div();
    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final Div contradictions = new Div();

    /** Small changes in suggestion mode, or new wording for the whole paragraph as one proposal. */
    enum Kind { EDIT, REWRITE }

    private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("\\s*⟦\\d+⟧\\s*");

    /** A rewrite starts from the paragraph's words; the markers of proposals on it stay with them, not in it. */
    static String withoutMarkers(String text) {
        return MARKER.matcher(text).replaceAll(" ").strip();
    }

    /** A marker typed into a rewrite would be stored as characters: refuse it with the reason. */
    private String rewriteWording(String text) {
        if (MARKER.matcher(text).find()) throw new IllegalArgumentException(getTranslation("room.propose.kind.rewrite.markers"));
        return text;
    }

    private ProposeDialog(RoomDesk desk, RoomContext ctx, RoomPanel panel, String blockId, boolean baseText) {
        addClassName("room-propose-dialog");
        Wording current = ctx.room().wording(desk.documentId(), blockId);
        setHeaderTitle(getTranslation(baseText ? "room.edit-base" : "room.propose.title"));
        wording.setValue(current.text());
        wording.setWidthFull();
        wording.setMinHeight("12em");
        wording.setLabel(getTranslation("room.propose.wording"));
        wording.addClassName("room-wording");
        Div form = new Div();
        form.setWidth("48em");
        String speaker = panel.speakerId();
        if (!baseText && ctx.is(Role.SECRETARIAT)) { // the secretariat types another delegation's words: say whose
            recordingFor.addClassName("room-propose-recording-for");
            recordingFor.setText(speaker == null ? getTranslation("room.propose.recording-for.none")
                    : getTranslation("room.propose.recording-for").replace("{0}", ctx.delegations().displayName(speaker, getLocale())));
            if (speaker == null) recordingFor.addClassName("room-propose-recording-for-missing");
            form.add(recordingFor);
        }
        boolean paragraph = DocumentEdits.block(desk.latest().document(), blockId).orElse(null) instanceof Paragraph;
        if (!baseText && paragraph) {
            kind.setLabel(getTranslation("room.propose.kind"));
            kind.setItems(Kind.values());
            kind.setItemLabelGenerator(k -> getTranslation("room.propose.kind." + k.name().toLowerCase(java.util.Locale.ROOT)));
            kind.setValue(Kind.EDIT);
            kind.addClassName("room-propose-kind");
            form.add(kind);
        }
        form.add(wording);
        Div legend = new Div();
        Div legendTitle = new Div(getTranslation("room.propose.markers"));
        if (!current.markers().isEmpty()) {
            legend.addClassName("room-markers");
            for (int i = 0; i < current.markers().size(); i++) {
                legend.add(new Div("⟦" + (i + 1) + "⟧ " + current.markers().get(i)));
            }
            form.add(legendTitle, legend);
        }
        Div rewriteHint = new Div(getTranslation("room.propose.kind.rewrite.hint"));
        rewriteHint.addClassName("room-rewrite-hint");
        rewriteHint.setVisible(false);
        form.add(rewriteHint);
        kind.addValueChangeListener(e -> {
            boolean rewrite = e.getValue() == Kind.REWRITE;
            wording.setValue(rewrite ? withoutMarkers(current.text()) : current.text());
            legend.setVisible(!rewrite);
            legendTitle.setVisible(!rewrite);
            rewriteHint.setVisible(rewrite);
            setHeaderTitle(getTranslation(rewrite ? "room.propose.title.rewrite" : "room.propose.title"));
        });
        if (!baseText) {
            group.setLabel(getTranslation("room.propose.group"));
            group.setClearButtonVisible(true);
            // a delegate is offered only the groups the document's rule lets it speak for (the service checks anyway)
            var speaking = ctx.coSponsorships().groupSpeaking(desk.documentId());
            group.setItems(speaker == null ? List.of() : ctx.delegations().groupsOf(speaker).stream()
                    .filter(g -> !ctx.is(Role.DELEGATE) || speaking.lets(speaker, g.id())).toList());
            group.setItemLabelGenerator(g -> ctx.delegations().displayName(g.id(), getLocale()));
            coSponsors.setLabel(getTranslation("room.propose.cosponsors"));
            coSponsors.setItems(panel.speakers().stream().filter(d -> d.kind() == Delegation.Kind.STATE && !d.id().equals(speaker)).toList());
            coSponsors.setItemLabelGenerator(d -> ctx.delegations().displayName(d.id(), getLocale()));
            if (ctx.is(Role.DELEGATE)) coSponsors.setHelperText(getTranslation("room.propose.cosponsors.asked"));
            form.add(group, coSponsors);
        }
        add(form);
        contradictions.addClassName("room-propose-contradictions");
        contradictions.setVisible(false);
        form.add(contradictions);
        submit = new Button(getTranslation("room.submit"), e -> {
            // the first Submit warns of contradictions with the delegation's own proposals; a second one submits
            if (!baseText && !contradictions.isVisible() && warn(desk, ctx, blockId, speaker)) return;
            boolean done = desk.act(() -> {
                Acting acting = panel.acting(group.getValue() == null ? null : group.getValue().id(),
                        coSponsors.getValue().stream().map(Delegation::id).toList());
                RoomOutcome out = baseText
                        ? ctx.room().editBase(desk.documentId(), blockId, wording.getValue(), current.revision())
                        : kind.getValue() == Kind.REWRITE
                        ? ctx.room().proposeRewrite(desk.documentId(), blockId, rewriteWording(wording.getValue()), acting)
                        : ctx.room().proposeWording(desk.documentId(), blockId, wording.getValue(), current.revision(), acting);
                Notification.show(getTranslation(out.rebased() ? "room.recorded.rebased" : "room.recorded"), 3000,
                        Notification.Position.BOTTOM_START).addClassName("room-recorded");
            });
            if (done) close();
        });
        wording.addValueChangeListener(e -> resetWarning());
        kind.addValueChangeListener(e -> resetWarning());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // the secretariat records only for a delegation it has named (Alt+D in the panel)
        submit.setEnabled(baseText || !ctx.is(Role.SECRETARIAT) || speaker != null);
        submit.addClassName("room-submit");
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        getFooter().add(new Button(getTranslation("room.cancel"), e -> close()), submit);
        wording.focus();
    }

    /** Shows what the submission would contradict among the delegation's own proposals; true when it did. */
    private boolean warn(RoomDesk desk, RoomContext ctx, String blockId, String speaker) {
        if (speaker == null) return false;
        NegotiationDocument doc = desk.latest().document();
        Actors actors = new Actors(List.of(speaker), group.getValue() == null ? null : group.getValue().id(), List.of());
        List<Contradictions.Contradiction> found = ContradictionCheck.ifProposed(doc, blockId, wording.getValue(),
                kind.getValue() == Kind.REWRITE, actors, ContradictionWords.groups(ctx, desk.documentId(), speaker));
        if (found.isEmpty()) return false;
        ContradictionWords words = new ContradictionWords(doc, this::getTranslation);
        contradictions.removeAll();
        contradictions.add(new Div(getTranslation("room.contradiction.warning")));
        found.forEach(c -> contradictions.add(new Div(words.warning(c))));
        contradictions.setVisible(true);
        submit.setText(getTranslation("room.contradiction.submit-anyway"));
        return true;
    }

    private void resetWarning() {
        contradictions.setVisible(false);
        submit.setText(getTranslation("room.submit"));
    }
}
