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
import com.vaadin.flow.component.textfield.TextArea;

import org.draftroom.delegations.Delegation;
import org.draftroom.room.RoomOutcome;
import org.draftroom.room.Wording;
import org.draftroom.security.Role;

/**
 * Suggestion mode: the paragraph's current wording to edit freely; on submit the server records the differences
 * as the delegation's proposals. Markers ⟦n⟧ stand for proposals already on the table and must stay. If the
 * submission conflicts with a change made meanwhile, the dialog stays open with the user's text.
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

    private ProposeDialog(RoomDesk desk, RoomContext ctx, RoomPanel panel, String blockId, boolean baseText) {
        addClassName("room-propose-dialog");
        Wording current = ctx.room().wording(desk.documentId(), blockId);
        setHeaderTitle(getTranslation(baseText ? "room.edit-base" : "room.propose.title"));
        wording.setValue(current.text());
        wording.setWidthFull();
        wording.setMinHeight("12em");
        wording.setLabel(getTranslation("room.propose.wording"));
        wording.addClassName("room-wording");
        Div form = new Div(wording);
        form.setWidth("48em");
        if (!current.markers().isEmpty()) {
            Div legend = new Div();
            legend.addClassName("room-markers");
            for (int i = 0; i < current.markers().size(); i++) {
                legend.add(new Div("⟦" + (i + 1) + "⟧ " + current.markers().get(i)));
            }
            form.add(new Div(getTranslation("room.propose.markers")), legend);
        }
        String speaker = panel.speakerId();
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
        submit = new Button(getTranslation("room.submit"), e -> {
            boolean done = desk.act(() -> {
                RoomOutcome out = baseText
                        ? ctx.room().editBase(desk.documentId(), blockId, wording.getValue(), current.revision())
                        : ctx.room().proposeWording(desk.documentId(), blockId, wording.getValue(), current.revision(),
                        panel.acting(group.getValue() == null ? null : group.getValue().id(),
                                coSponsors.getValue().stream().map(Delegation::id).toList()));
                Notification.show(getTranslation(out.rebased() ? "room.recorded.rebased" : "room.recorded"), 3000,
                        Notification.Position.BOTTOM_START).addClassName("room-recorded");
            });
            if (done) close();
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("room-submit");
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        getFooter().add(new Button(getTranslation("room.cancel"), e -> close()), submit);
        wording.focus();
    }
}
