package org.draftroom.room.ui;

import java.util.List;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
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
import org.draftroom.documents.ui.BlockViews;
import org.draftroom.documents.ui.InlineContent;
import org.draftroom.documents.ui.ReadingContext;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.Item;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalBlock;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Walk;
import org.draftroom.room.ParagraphSelected;
import org.draftroom.room.internal.DocumentEdits;

/**
 * Projection mode for the room's screen: read only, large type, the wording under discussion in full. It follows
 * the paragraph the chair or secretariat brought up: its text with the proposals in place, its items, every
 * proposal on it spelt out with the positions taken (what would be struck, what inserted), and the chair's texts,
 * rewrites and other wording proposed for it as a whole. Updated live.
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
                ctx.user().displayName(), ctx.user().delegationId(), true, news -> {
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
        ReadingContext reading = ReadingContext.of(doc, ctx.delegations(), getLocale(), this::getTranslation);
        int number = block == null ? 0 : reading.numbering().paragraph(block.id());
        Div head = new Div(new Span(symbol + (number > 0 ? " · " + getTranslation("room.paragraph").replace("{0}", String.valueOf(number)) : "")));
        head.addClassName("room-screen-head");
        body.add(head);
        if (block == null) {
            body.add(new Div(getTranslation("room.screen.waiting")));
            return;
        }
        Div text = new Div();
        text.addClassName("room-screen-text");
        text.add(BlockViews.block(block, itemIndex(doc, block), reading, p -> { }));
        body.add(text);

        Div about = new Div();
        about.addClassName("room-screen-proposals");
        // each proposal in the text spelt out on a line of its own, with the positions on it
        for (Proposal p : inlineProposals(block)) about.add(line(InlineContent.proposal(p, reading), "room-screen-proposal"));
        // wording for the paragraph as a whole: chair's texts, rewrites, moves (blocks elsewhere that target it)
        for (Block other : Walk.blocks(doc)) {
            if (other instanceof ProposalBlock pb && !pb.id().equals(block.id()) && pb.proposal().targetIds().contains(block.id())) {
                about.add(line(BlockViews.block(pb, -1, reading, p -> { }), "room-screen-alternative"));
            }
        }
        if (about.getChildren().findAny().isPresent()) body.add(about);
    }

    private static Div line(Component content, String className) {
        Div div = new Div(content);
        div.addClassName(className);
        return div;
    }

    /** The proposals standing in the block's own text (and its items'), not those inside proposal blocks. */
    private static List<Proposal> inlineProposals(Block block) {
        List<Inline> inlines = switch (block) {
            case Paragraph p -> concat(p.content(), p.items());
            case Item i -> concat(i.content(), i.items());
            case ProposalBlock pb -> List.of();
            case org.draftroom.negotiation.Footnote f -> List.of();
            case org.draftroom.negotiation.Statement st -> st.text();
        };
        return inlines.stream().filter(Proposal.class::isInstance).map(Proposal.class::cast).toList();
    }

    private static List<Inline> concat(List<Inline> content, List<Block> items) {
        List<Inline> all = new java.util.ArrayList<>(content);
        for (Block b : items) {
            if (b instanceof Item i) all.addAll(concat(i.content(), i.items()));
        }
        return all;
    }

    /** An item's label counts the items before it in its run. */
    private static int itemIndex(NegotiationDocument doc, Block block) {
        for (Section s : doc.sections()) {
            int i = s.blocks().indexOf(block);
            if (i >= 0) return BlockViews.itemIndexes(s.blocks())[i];
        }
        return -1;
    }

    @Override
    public String getPageTitle() {
        return symbol + " · " + getTranslation("room.screen");
    }
}
