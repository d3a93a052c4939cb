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
 * <p>
 * Presence is kept true: a view leaves when its UI detaches (the tab closed: Vaadin's unload beacon), and a
 * sweep every few seconds drops the views whose browser has not sent a heartbeat for
 * {@code draftroom.room.presence.gone-after} (a lost connection; Vaadin's own clean-up only runs on the next request
 * of the same session, which may never come). A viewer with no action of its own for
 * {@code draftroom.room.presence.idle-after} is shown idle.
 */
@Component
class RoomBroadcaster {
    /**
     * An open view: its UI, who sits behind it (and the delegation a delegate sits for, null for anyone else),
     * whether it is the projection screen, and what it does with news.
     */
    public record Viewer(UI ui, String username, String displayName, String delegation, boolean screen, Consumer<Object> onNews,
                         java.util.concurrent.atomic.AtomicLong lastActive) {
        Viewer(UI ui, String username, String displayName, String delegation, boolean screen, Consumer<Object> onNews) {
            this(ui, username, displayName, delegation, screen, onNews, new java.util.concurrent.atomic.AtomicLong(System.currentTimeMillis()));
        }

        /** The user did something in this view (not a heartbeat). */
        void active() {
            lastActive.set(System.currentTimeMillis());
        }
    }

    /**
     * One person in the list: idle when no action for a while; on the projection screen. A delegate is shown as its
     * delegation, named in each reader's language ({@code delegation} null for anyone else).
     */
    public record Presence(String displayName, String delegation, boolean idle, boolean screen) {
    }

    /** Presence changed for a document; views re-read {@link #present}. */
    public record PresenceChanged(String documentId) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RoomBroadcaster.class);
    private final Map<String, Set<Viewer>> viewers = new ConcurrentHashMap<>();
    /** Each view is updated on its own virtual thread: never in the writer's request, never one after another. */
    private final java.util.concurrent.ExecutorService pushes = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, String> onScreen = new ConcurrentHashMap<>();
    private final Map<String, List<Presence>> shown = new ConcurrentHashMap<>();
    private final java.time.Duration goneAfter;
    private final java.time.Duration idleAfter;
    private final java.util.concurrent.ScheduledExecutorService sweeper =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("room-presence").daemon().factory());

    RoomBroadcaster(@org.springframework.beans.factory.annotation.Value("${draftroom.room.presence.gone-after:20s}") java.time.Duration goneAfter,
                    @org.springframework.beans.factory.annotation.Value("${draftroom.room.presence.idle-after:5m}") java.time.Duration idleAfter) {
        this.goneAfter = goneAfter;
        this.idleAfter = idleAfter;
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
    }

    public Registration register(String documentId, Viewer viewer) {
        viewers.computeIfAbsent(documentId, id -> new CopyOnWriteArraySet<>()).add(viewer);
        send(documentId, new PresenceChanged(documentId));
        return () -> {
            Set<Viewer> set = viewers.get(documentId);
            if (set != null && set.remove(viewer)) send(documentId, new PresenceChanged(documentId));
        };
    }

    /**
     * The people with the document open, each once, in order of arrival: idle only when idle in every view they
     * have open, on the screen when one of their views is the projection screen.
     */
    public List<Presence> present(String documentId) {
        long now = System.currentTimeMillis();
        Map<String, Presence> byName = new java.util.LinkedHashMap<>();
        for (Viewer v : viewers.getOrDefault(documentId, Set.of())) {
            if (v.ui().isClosing() || silentFor(v.ui(), now) > goneAfter.toMillis()) continue;
            boolean idle = now - v.lastActive().get() > idleAfter.toMillis() && !v.screen();
            byName.merge(v.displayName(), new Presence(v.displayName(), v.delegation(), idle, v.screen()),
                    (a, b) -> new Presence(a.displayName(), a.delegation(), a.idle() && b.idle(), a.screen() || b.screen()));
        }
        return List.copyOf(byName.values());
    }

    /**
     * Tells the room when someone left (a closed UI is dropped; a silent one is left out of the list, and back in it
     * when its connection returns) or became idle.
     */
    void sweep() {
        try {
            viewers.forEach((documentId, set) -> {
                set.removeIf(v -> v.ui().isClosing());
                List<Presence> presence = present(documentId);
                if (!presence.equals(shown.put(documentId, presence))) send(documentId, new PresenceChanged(documentId));
            });
        } catch (RuntimeException e) {
            LOG.warn("presence sweep failed", e);
        }
    }

    /** Milliseconds since the browser behind the UI was last heard of (heartbeat or any request). */
    private static long silentFor(UI ui, long now) {
        return now - ui.getInternals().getLastHeartbeatTimestamp();
    }

    /** The block the chair or secretariat last brought up on the screen, or null. */
    public String onScreen(String documentId) {
        return onScreen.get(documentId);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        sweeper.shutdownNow();
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
