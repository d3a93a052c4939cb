package org.draftroom.room.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.PermitAll;

import org.draftroom.documents.DocumentChanged;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.ui.InlineContent;
import org.draftroom.documents.ui.ReadingContext;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.ParagraphSelected;
import org.draftroom.room.internal.DocumentEdits;

/**
 * Projection mode for the room's screen: read only, large type, showing the paragraph the chair or secretariat
 * brought up, with its proposals and the positions on them, updated live.
 */
@Route(value = "documents/:id/screen", autoLayout = false)
@PermitAll
@StyleSheet("styles/documents.css")
@StyleSheet("styles/room.css")
public class ScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {
    private final RoomContext ctx;
    private final Div body = new Div();
    private String documentId;
    private String symbol = "";
    private Registration registration;

    public ScreenView(RoomContext ctx) {
        this.ctx = ctx;
        addClassName("room-screen");
        body.addClassName("room-screen-body");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        documentId = event.getRouteParameters().get("id").orElse("");
        render();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        registration = ctx.broadcaster().register(documentId, new RoomBroadcaster.Viewer(ui, ctx.user().username(),
                ctx.user().displayName() + " (" + getTranslation("room.screen") + ")", news -> {
                    if (news instanceof DocumentChanged || news instanceof ParagraphSelected) render();
                }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (registration != null) registration.remove();
        registration = null;
    }

    private void render() {
        body.removeAll();
        NegotiationDocument doc;
        try {
            doc = ctx.documents().load(documentId);
        } catch (DocumentNotFoundException e) {
            body.add(new Span(e.getMessage()));
            return;
        }
        symbol = doc.header().symbol();
        String blockId = ctx.broadcaster().onScreen(documentId);
        Block block = blockId == null ? null : DocumentEdits.block(doc, blockId).orElse(null);
        Div head = new Div(new Span(symbol));
        head.addClassName("room-screen-head");
        body.add(head);
        if (block == null) {
            body.add(new Div(getTranslation("room.screen.waiting")));
            return;
        }
        ReadingContext reading = ReadingContext.of(doc, ctx.delegations(), getLocale(), this::getTranslation);
        int number = reading.numbering().paragraph(block.id());
        Div text = new Div();
        text.addClassName("room-screen-text");
        if (number > 0) text.add(new Span(number + ". "));
        switch (block) {
            case Paragraph p -> text.add(InlineContent.of(p.content(), reading));
            case Item i -> text.add(InlineContent.of(i.content(), reading));
            case ProposalBlock pb -> text.add(InlineContent.proposal(pb.proposal(), reading));
            default -> { }
        }
        body.add(text);
        NegotiationDocument only = new NegotiationDocument(doc.id(), doc.header(), java.util.List.of(block), java.util.List.of());
        Div list = new Div();
        list.addClassName("room-screen-proposals");
        for (Proposal p : Walk.proposals(only)) {
            StringBuilder line = new StringBuilder(ctx.names(p.actors(), getLocale(), this::getTranslation))
                    .append(": ").append(getTranslation("room.kind." + p.kind().wire()));
            p.positions().forEach(pos -> line.append(" · ").append(ctx.names(pos.actors(), getLocale(), this::getTranslation))
                    .append(' ').append(getTranslation("room.stance." + pos.stance().wire())));
            Div d = new Div(line.toString());
            String colour = p.actors().attributed() ? ctx.delegations().colour(p.actors().by().getFirst()) : null;
            if (colour != null) d.getStyle().set("color", colour);
            list.add(d);
        }
        body.add(list);
    }

    @Override
    public String getPageTitle() {
        return symbol + " · " + getTranslation("room.screen");
    }
}
