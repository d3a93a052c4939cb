package org.draftroom.room.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;

import org.draftroom.documents.DocumentChanged;
import org.draftroom.room.ParagraphSelected;

/**
 * Pushes committed changes (and the paragraph brought up on the room's screen) to every open view of the
 * document, through {@code ui.access} over the WebSocket, and keeps who is present per document.
 */
@Component
class RoomBroadcaster {
    /** An open view: its UI, who sits behind it, and what it does with news. */
    public record Viewer(UI ui, String username, String displayName, Consumer<Object> onNews) {
    }

    /** Presence changed for a document; views re-read {@link #present}. */
    public record PresenceChanged(String documentId) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoomBroadcaster.class);
    private final Map<String, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    /** Each view is updated on its own virtual thread: never in the writer's request, never one after another. */
    private final java.util.concurrent.ExecutorService pushes = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, String> onScreen = new ConcurrentHashMap<>();

    public Registration register(String documentId, Viewer viewer) {
        viewers.computeIfAbsent(documentId, id -> new CopyOnWriteArraySet<>()).add(viewer);
        send(documentId, new PresenceChanged(documentId));
        return () -> {
            Set<Viewer> set = viewers.get(documentId);
            if (set != null && set.remove(viewer)) send(documentId, new PresenceChanged(documentId));
        };
    }

    /** Display names of the people with the document open, each once, in order of arrival. */
    public List<String> present(String documentId) {
        return viewers.getOrDefault(documentId, Set.of()).stream().map(Viewer::displayName).distinct().toList();
    }

    /** The block the chair or secretariat last brought up on the screen, or null. */
    public String onScreen(String documentId) {
        return onScreen.get(documentId);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        pushes.shutdownNow();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(DocumentChanged event) {
        send(event.documentId(), event);
    }

    @EventListener
    void selected(ParagraphSelected event) {
        onScreen.put(event.documentId(), event.blockId());
        send(event.documentId(), event);
    }

    private void send(String documentId, Object news) {
        for (Viewer v : viewers.getOrDefault(documentId, Set.of())) {
            if (!v.ui().isAttached()) continue;
            long queued = System.nanoTime();
            pushes.execute(() -> v.ui().access(() -> {
                long started = System.nanoTime();
                v.onNews().accept(news);
                if (LOG.isDebugEnabled()) {
                    LOG.debug("{} for {}: waited {} ms for the session, handled in {} ms", news.getClass().getSimpleName(),
                            v.username(), (started - queued) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
                }
            }));
        }
    }
}
