package org.draftroom.room.ui;

import org.springframework.stereotype.Component;

import org.draftroom.documents.ui.DocumentView;
import org.draftroom.documents.ui.ReadingRoom;

/**
 * The room in the documents module's reading view ({@code documents/:id}): each new view asks for it and gets a
 * {@link RoomDesk}, which fills the view's slots (its panel in the aside, the clean text as the alternative
 * text) and shows every document the view is opened on.
 */
@Component
class RoomExtension implements ReadingRoom {
    private final RoomContext context;

    RoomExtension(RoomContext context) {
        this.context = context;
    }

    @Override
    public Desk furnish(DocumentView view) {
        return new RoomDesk(view, context);
    }
}
