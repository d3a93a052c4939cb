package org.draftroom.search.internal;

import java.io.IOException;
import java.util.ArrayList;
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
import org.draftroom.exports.DocumentVersion;
import org.draftroom.exports.VersionFrozen;
import org.draftroom.exports.VersionService;
import org.draftroom.negotiation.NegotiationDocument;

/**
 * Keeps the index in step with the stored documents. At start it opens the index or, when that is missing,
 * corrupt or of an older schema, rebuilds it in the background; it then reindexes documents whose revision
 * differs from the stored one and versions not indexed yet (changes made while the app was down or not yet
 * committed to the index). {@link DocumentChanged} events queue the document's working text, {@link VersionFrozen}
 * events (from the exports module, which keeps the versions) the new version; one worker thread reloads and
 * reindexes what is queued, coalescing bursts.
 * The worker reads documents as a read-only system principal, since no user is signed in on that thread.
 */
@Component
public class IndexMaintainer {
    private static final Logger log = LoggerFactory.getLogger(IndexMaintainer.class);
    static final String SYSTEM_PRINCIPAL = "system:search-indexer";
    private static final long COMMIT_EVERY_MS = 2_000;
    /** A failed build is tried again after this long: a cause that goes away (space, permissions) heals without a restart. */
    static final long RETRY_FAILED_MS = 60_000;

    private final SearchEngine engine;
    private final DocumentService documents;
    private final VersionService versions;
    /**
     * A queued update waits this long after the change that queued it, so the changes that follow it meanwhile are
     * folded into one reindex: under 48 writes a second the worker reindexed and refreshed the whole document for
     * every one of them, a fifth of both cores (JFR, RoomApiLoadIT), while a search still sees a change well within
     * the second.
     */
    static final long SETTLE_MS = 150;
    private final BlockingQueue<Queued> queue = new LinkedBlockingQueue<>();
    private final Set<Unit> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private volatile boolean running = true;
    private volatile boolean working;
    private Thread worker;

    /** What one queued update reindexes: a document's working text (version 0) or one of its versions. */
    private record Unit(String documentId, int version) {
    }

    private record Queued(Unit unit, long at) {
    }

    IndexMaintainer(SearchEngine engine, DocumentService documents, VersionService versions) {
        this.engine = engine;
        this.documents = documents;
        this.versions = versions;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        worker = Thread.ofPlatform().name("search-indexer").daemon().start(this::work);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(DocumentChanged event) {
        enqueue(new Unit(event.documentId(), 0));
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(VersionFrozen event) {
        enqueue(new Unit(event.documentId(), event.number()));
    }

    private void enqueue(Unit unit) {
        if (pending.add(unit)) queue.add(new Queued(unit, System.nanoTime()));
    }

    /** Starts a full rebuild on its own thread; updates keep flowing to the served index meanwhile. */
    public void rebuildInBackground(String reason) {
        if (!rebuilding.compareAndSet(false, true)) return;
        log.info("rebuilding the search index: {}", reason);
        Thread.ofPlatform().name("search-rebuild").daemon().start(() -> asSystem(() -> {
            try {
                List<String> ids = documents.list().stream().map(DocumentSummary::id).toList();
                engine.rebuild(ids, this::load, this::versionsOf);
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
            long lastRetry = lastCommit;
            while (running) {
                try {
                    Queued queued = queue.poll(COMMIT_EVERY_MS, TimeUnit.MILLISECONDS);
                    if (queued != null) {
                        working = true;
                        try {
                            long settle = queued.at() + TimeUnit.MILLISECONDS.toNanos(SETTLE_MS) - System.nanoTime();
                            if (settle > 0) TimeUnit.NANOSECONDS.sleep(settle);
                            reindex(queued.unit());
                        } finally {
                            working = false;
                        }
                    }
                    if (System.currentTimeMillis() - lastCommit >= COMMIT_EVERY_MS) {
                        engine.commit();
                        lastCommit = System.currentTimeMillis();
                    }
                    if (engine.status().state() == org.draftroom.search.IndexStatus.State.FAILED
                            && System.currentTimeMillis() - lastRetry >= RETRY_FAILED_MS) {
                        lastRetry = System.currentTimeMillis();
                        rebuildInBackground("retrying after: " + engine.status().message());
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

    private void reindex(Unit unit) throws IOException {
        pending.remove(unit);
        if (unit.version() == 0) {
            Optional<SourceDocument> source = load(unit.documentId());
            if (source.isPresent()) engine.index(source.get());
            else engine.remove(unit.documentId());
        } else {
            Optional<SourceDocument> version = loadVersion(unit.documentId(), unit.version());
            if (version.isPresent()) engine.index(version.get());
            else engine.removeVersion(unit.documentId(), unit.version());
        }
    }

    /**
     * Queues documents whose indexed revision differs from the stored one and versions missing from the index;
     * removes deleted documents and versions.
     */
    private void reconcile() {
        try {
            Map<String, Long> indexed = engine.indexedRevisions();
            Map<String, Set<Integer>> indexedVersions = engine.indexedVersions();
            List<DocumentSummary> stored = documents.list();
            for (DocumentSummary s : stored) {
                Long revision = indexed.get(s.id());
                if (revision == null || revision != s.revision()) enqueue(new Unit(s.id(), 0));
                Set<Integer> inIndex = indexedVersions.getOrDefault(s.id(), Set.of());
                Set<Integer> kept = new java.util.HashSet<>();
                for (DocumentVersion v : versions.versions(s.id())) {
                    kept.add(v.number());
                    if (!inIndex.contains(v.number())) enqueue(new Unit(s.id(), v.number()));
                }
                for (int number : inIndex) {
                    if (!kept.contains(number)) engine.removeVersion(s.id(), number);
                }
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

    private Optional<SourceDocument> loadVersion(String documentId, int number) {
        try {
            return versions.versions(documentId).stream().filter(v -> v.number() == number).findFirst()
                    .map(v -> version(documentId, v));
        } catch (DocumentNotFoundException gone) {
            return Optional.empty();
        }
    }

    private List<SourceDocument> versionsOf(String documentId) {
        try {
            List<SourceDocument> out = new ArrayList<>();
            for (DocumentVersion v : versions.versions(documentId)) out.add(version(documentId, v));
            return out;
        } catch (DocumentNotFoundException gone) {
            return List.of();
        }
    }

    /** The text as issued, under the document's id whatever id the recorded text carried. */
    private SourceDocument version(String documentId, DocumentVersion v) {
        NegotiationDocument text = versions.text(documentId, v.number());
        return SourceDocument.version(new NegotiationDocument(documentId, text.header(), text.preamble(),
                text.sections()), v.number(), v.sessionCode(), v.label());
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
