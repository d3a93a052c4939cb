package org.draftroom.room.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.draftroom.documents.ui.DocumentView;

/**
 * Turns the documents module's reading view ({@code documents/:id}) into the room: after each navigation to
 * it, a {@link RoomDesk} is attached (once per view instance) which adds the room's panel and controls.
 */
@Component
class RoomExtension implements VaadinServiceInitListener {
    private final RoomContext context;

    RoomExtension(RoomContext context) {
        this.context = context;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addAfterNavigationListener(this::attach));
    }

    private void attach(AfterNavigationEvent event) {
        event.getActiveChain().stream().filter(DocumentView.class::isInstance).map(DocumentView.class::cast)
                .findFirst().ifPresent(view -> {
                    RoomDesk desk = RoomDesk.of(view).orElseGet(() -> new RoomDesk(view, context));
                    desk.open();
                });
    }
}
