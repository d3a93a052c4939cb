package org.draftroom.search.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;

import org.draftroom.documents.DocumentChanged;
import org.draftroom.documents.DocumentNotFoundException;
import org.draftroom.documents.DocumentService;
import org.draftroom.documents.DocumentSummary;
import org.draftroom.documents.StoredDocument;

/**
 * Keeps the index in step with the stored documents. At start it opens the index or, when that is missing,
 * corrupt or of an older schema, rebuilds it in the background; it then reindexes documents whose revision
 * differs from the stored one (changes made while the app was down or not yet committed to the index).
 * {@link DocumentChanged} events queue the document; one worker thread reloads and reindexes it, coalescing bursts.
 * The worker reads documents as a read-only system principal, since no user is signed in on that thread.
 */
@Component
public class IndexMaintainer {
    private static final Logger log = LoggerFactory.getLogger(IndexMaintainer.class);
    static final String SYSTEM_PRINCIPAL = "system:search-indexer";
    private static final long COMMIT_EVERY_MS = 2_000;

    private final SearchEngine engine;
    private final DocumentService documents;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile boolean running = true;
    private volatile boolean working;
    private Thread worker;

    IndexMaintainer(SearchEngine engine, DocumentService documents) {
        this.engine = engine;
        this.documents = documents;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        worker = Thread.ofPlatform().name("search-indexer").daemon().start(this::work);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(DocumentChanged event) {
        enqueue(event.documentId());
    }

    private void enqueue(String documentId) {
        if (pending.add(documentId)) queue.add(documentId);
    }

    /** Starts a full rebuild on its own thread; updates keep flowing to the served index meanwhile. */
    public void rebuildInBackground(String reason) {
        if (!rebuilding.compareAndSet(false, true)) return;
        log.info("rebuilding the search index: {}", reason);
        Thread.ofPlatform().name("search-rebuild").daemon().start(() -> asSystem(() -> {
            try {
                List<String> ids = documents.list().stream().map(DocumentSummary::id).toList();
                engine.rebuild(ids, this::load);
                log.info("search index built: {} documents", ids.size());
            } catch (IOException | RuntimeException e) {
                log.error("search index build failed", e);
            } finally {
                rebuilding.set(false);
            }
        }));
    }

    private void work() {
        asSystem(() -> {
            if (engine.openExisting()) {
                reconcile();
            } else {
                rebuildInBackground(engine.status().message());
            }
            long lastCommit = System.currentTimeMillis();
            while (running) {
                try {
                    String id = queue.poll(COMMIT_EVERY_MS, TimeUnit.MILLISECONDS);
                    if (id != null) {
                        working = true;
                        try {
                            reindex(id);
                        } finally {
                            working = false;
                        }
                    }
                    if (System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MS) {
                        engine.commit();
                        lastCommit = System.currentTimeMillis();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException | RuntimeException e) {
                    log.error("search index update failed", e);
                }
            }
        });
    }

    private void reindex(String id) throws IOException {
        pending.remove(id);
        Optional<SourceDocument> source = load(id);
        if (source.isPresent()) engine.index(source.get());
        else engine.remove(id);
    }

    /** Queues documents whose indexed revision differs from the stored one; removes deleted ones. */
    private void reconcile() {
        try {
            Map<String, Long> indexed = engine.indexedRevisions();
            List<DocumentSummary> stored = documents.list();
            for (DocumentSummary s : stored) {
                Long revision = indexed.get(s.id());
                if (revision == null || revision != s.revision()) enqueue(s.id());
            }
            Set<String> storedIds = new java.util.HashSet<>();
            stored.forEach(s -> storedIds.add(s.id()));
            for (String id : indexed.keySet()) {
                if (!storedIds.contains(id)) engine.remove(id);
            }
        } catch (IOException | RuntimeException e) {
            log.error("search index check against the stored documents failed; rebuilding", e);
            rebuildInBackground("check against stored documents failed");
        }
    }

    private Optional<SourceDocument> load(String id) {
        try {
            StoredDocument stored = documents.get(id);
            return Optional.of(new SourceDocument(stored.document(), stored.sessionCode(), stored.revision()));
        } catch (DocumentNotFoundException gone) {
            return Optional.empty();
        }
    }

    /** Runs with a read-only system identity, never with a real user's rights. */
    private static void asSystem(Runnable task) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM_PRINCIPAL, null,
                List.of(new SimpleGrantedAuthority("ROLE_OBSERVER"))));
        SecurityContextHolder.setContext(context);
        try {
            task.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** Waits until queued updates are indexed (tests and shutdown). */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            if (queue.isEmpty() && pending.isEmpty() && !working && !rebuilding.get() && engine.status().ready()) return true;
            Thread.sleep(20);
        }
        return false;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.interrupt();
            worker.join(5_000);
        }
    }
}
