package org.draftroom.room.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import org.draftroom.room.AdoptionPreview;

/**
 * "Take as the basis", confirmed with a preview computed by the server on the current revision: each replaced
 * paragraph before and after, what of them is kept, which proposals become superseded.
 */
final class AdoptionDialog {
    private AdoptionDialog() {
    }

    static Confirmation open(RoomDesk desk, RoomContext ctx, String chairProposalId, String described) {
        AdoptionPreview preview = ctx.room().adoptionPreview(desk.documentId(), chairProposalId);
        Div body = new Div(Confirmation.line(described, "room-confirm-what"));
        Div paragraphs = new Div();
        paragraphs.addClassName("room-preview-paragraphs");
        for (AdoptionPreview.Replaced r : preview.paragraphs()) {
            Div one = new Div(new Span(r.label()));
            one.addClassName("room-preview-paragraph");
            Div before = Confirmation.line(r.before(), "room-preview-before");
            before.getElement().setAttribute("title", body.getTranslation("room.preview.before"));
            Div after = Confirmation.line(r.after().isEmpty() ? body.getTranslation("room.preview.gone") : r.after(), "room-preview-after");
            after.getElement().setAttribute("title", body.getTranslation("room.preview.after"));
            one.add(labelled(body.getTranslation("room.preview.before"), before), labelled(body.getTranslation("room.preview.after"), after));
            paragraphs.add(one);
        }
        body.add(paragraphs);
        body.add(list(body.getTranslation("room.preview.kept"), body.getTranslation("room.preview.kept.none"),
                preview.kept(), "room-preview-kept"));
        body.add(list(body.getTranslation("room.preview.superseded"), body.getTranslation("room.preview.superseded.none"),
                preview.superseded(), "room-preview-superseded"));
        return Confirmation.ask(desk, body.getTranslation("room.accept-chair-text.confirm"), body.getTranslation("room.accept-chair-text"),
                () -> ctx.room().acceptChairText(desk.documentId(), chairProposalId), body);
    }

    private static Div labelled(String label, Div content) {
        Span l = new Span(label);
        l.addClassName("room-preview-label");
        return new Div(l, content);
    }

    private static Div list(String title, String none, java.util.List<String> lines, String className) {
        Div d = new Div(new Span(title));
        d.addClassName(className);
        if (lines.isEmpty()) d.add(Confirmation.line(none, "room-preview-none"));
        lines.forEach(line -> d.add(Confirmation.line(line, "room-preview-line")));
        return d;
    }
}
