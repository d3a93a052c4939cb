package org.draftroom.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.draftroom.search.IndexStatus;
import org.draftroom.search.IndexStatus.State;
import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult;

/**
 * The index as a whole, independent of Spring: which generation is served, its health and build progress,
 * updates (a document's working text, one of its frozen versions, or the whole document removed) and searches.
 * Updates that arrive while a new generation is being built are applied to the served one and replayed, in order,
 * onto the new one before it is swapped in, so nothing is lost in between.
 */
public final class SearchEngine implements Closeable {
    private static final Logger log = LoggerFactory.getLogger(SearchEngine.class);

    private final IndexStore store;
    private final Analyzer analyzer = Analysis.analyzer();
    private final Object lock = new Object();
    private final Map<String, String> symbols = new ConcurrentHashMap<>();
    private volatile Generation live;
    private volatile IndexStatus status = new IndexStatus(State.STARTING, 0, 0, "");
    /** Changes made while a build runs, replayed in order onto the new generation; null when no build runs. */
    private List<Change> changedDuringBuild;

    /** An update as replayed onto a generation being built. */
    private sealed interface Change {
        void applyTo(Generation g, Map<String, String> symbols) throws IOException;
    }

    private record Indexed(SourceDocument source) implements Change {
        public void applyTo(Generation g, Map<String, String> symbols) throws IOException {
            g.replace(source.unit(), Schema.documents(source));
            if (!source.isVersion()) symbols.put(source.id(), symbolOf(source));
        }
    }

    private record Removed(String documentId) implements Change {
        public void applyTo(Generation g, Map<String, String> symbols) throws IOException {
            g.delete(documentId);
            symbols.remove(documentId);
        }
    }

    private record VersionRemoved(String documentId, int number) implements Change {
        public void applyTo(Generation g, Map<String, String> symbols) throws IOException {
            g.deleteUnit(SourceDocument.unit(documentId, number));
        }
    }

    public SearchEngine(Path root) {
        this.store = new IndexStore(root);
    }

    public IndexStatus status() {
        return status;
    }

    /**
     * Opens the current generation if it is healthy. Returns false (and serves nothing) when it is missing,
     * corrupt or of an older schema: the caller then rebuilds.
     */
    public boolean openExisting() {
        warmUp();
        StringBuilder reason = new StringBuilder();
        Optional<Path> healthy = store.healthyCurrent(reason);
        synchronized (lock) {
            if (healthy.isEmpty()) {
                store.deleteAllBut(null);
                changedDuringBuild = new ArrayList<>();
                status = new IndexStatus(State.BUILDING, 0, 0, reason.toString());
                log.info("search index will be rebuilt: {}", reason);
                return false;
            }
            try {
                store.deleteAllBut(healthy.get());
                live = Generation.open(healthy.get(), analyzer);
                live.refresh();
                symbols.putAll(live.withSearcher(IndexQuery::symbols));
                status = new IndexStatus(State.READY, 100, symbols.size(), "");
                return true;
            } catch (IOException | RuntimeException e) {
                log.warn("search index could not be opened, rebuilding", e);
                closeQuietly(live);
                live = null;
                changedDuringBuild = new ArrayList<>();
                status = new IndexStatus(State.BUILDING, 0, 0, "index cannot be opened");
                return false;
            }
        }
    }

    /**
     * Indexes and searches a small sample in a throw-away index before reporting ready: loads the analysers'
     * dictionaries (smartcn's take seconds) and Lucene's write, refresh, facet and highlight paths, so the first
     * real change after start is not the one that pays for it.
     */
    private void warmUp() {
        Path tmp = null;
        try {
            tmp = java.nio.file.Files.createTempDirectory("draftroom-search-warmup");
            try (Generation g = Generation.create(tmp, analyzer)) {
                SourceDocument sample = new SourceDocument(WarmUpSample.document(), "", 1);
                g.replace(sample.unit(), Schema.documents(sample));
                g.refresh();
                g.withSearcher(s -> IndexQuery.run(s, analyzer, SearchRequest.text("评价小组 OR evaluation"),
                        new IndexStatus(State.READY, 100, 1, ""), Map.of()));
            }
        } catch (IOException | RuntimeException e) {
            log.warn("search warm-up failed (searching still works, the first update may be slow)", e);
        } finally {
            if (tmp != null) IndexStore.deleteTree(tmp);
        }
    }

    /** Revisions of the documents in the served index (empty when none is served). */
    public Map<String, Long> indexedRevisions() throws IOException {
        Generation g = live;
        return g == null ? Map.of() : g.revisions();
    }

    /** Version numbers in the served index by document id (empty when none is served). */
    public Map<String, Set<Integer>> indexedVersions() throws IOException {
        Generation g = live;
        return g == null ? Map.of() : g.versions();
    }

    /** {@link #rebuild(Collection, Function, Function)} for working texts only. */
    public void rebuild(Collection<String> documentIds, Function<String, Optional<SourceDocument>> loader)
            throws IOException {
        rebuild(documentIds, loader, id -> List.of());
    }

    /**
     * Builds a complete new generation from the given documents (the working text from {@code loader}, empty when
     * the document is gone; its frozen versions from {@code versions}), then swaps it in. Progress is visible through
     * {@link #status()}; the served index (if any) keeps answering meanwhile only when it is healthy.
     */
    public void rebuild(Collection<String> documentIds, Function<String, Optional<SourceDocument>> loader,
                        Function<String, List<SourceDocument>> versions) throws IOException {
        Path path = store.newGeneration();
        Generation fresh = Generation.create(path, analyzer);
        Map<String, String> freshSymbols = new ConcurrentHashMap<>();
        synchronized (lock) {
            if (changedDuringBuild == null) changedDuringBuild = new ArrayList<>();
            if (live == null) status = new IndexStatus(State.BUILDING, 0, 0, status.message());
        }
        ThreadPoolExecutor indexers = indexers();
        try {
            List<Future<?>> pending = new ArrayList<>();
            int done = 0;
            int total = documentIds.size();
            for (String id : documentIds) {
                Optional<SourceDocument> source = loader.apply(id);
                if (source.isPresent()) {
                    freshSymbols.put(id, symbolOf(source.get()));
                    List<SourceDocument> units = new ArrayList<>();
                    units.add(source.get());
                    units.addAll(versions.apply(id));
                    for (SourceDocument unit : units) {
                        pending.add(indexers.submit(() -> {
                            fresh.replace(unit.unit(), Schema.documents(unit));
                            return null;
                        }));
                    }
                }
                done++;
                if (live == null) {
                    status = new IndexStatus(State.BUILDING, total == 0 ? 100 : done * 100 / total, done,
                            status.message());
                }
            }
            awaitAll(pending);
            synchronized (lock) {
                for (Change change : changedDuringBuild) change.applyTo(fresh, freshSymbols);
                changedDuringBuild = null;
                fresh.commit();
                fresh.refresh();
                store.makeCurrent(path);
                Generation old = live;
                live = fresh;
                symbols.clear();
                symbols.putAll(freshSymbols);
                status = new IndexStatus(State.READY, 100, freshSymbols.size(), "");
                closeQuietly(old);
                store.deleteAllBut(path);
            }
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                changedDuringBuild = null;
                if (live == null) status = new IndexStatus(State.FAILED, 0, 0, "index build failed: " + e.getMessage());
            }
            try {
                fresh.abandon();
            } catch (IOException ignored) {
                // the folder is deleted at the next start anyway
            }
            throw e;
        } finally {
            indexers.shutdownNow();
        }
    }

    /**
     * Analysis (smartcn's segmentation above all) is most of a build's time and IndexWriter takes documents from
     * several threads, so a build uses every core; loading stays on the calling thread. The short queue bounds
     * the texts held in memory: when it is full, the caller indexes the next one itself.
     */
    private static ThreadPoolExecutor indexers() {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(threads * 2), Thread.ofPlatform().name("search-build-", 1).daemon().factory(),
                new ThreadPoolExecutor.CallerRunsPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static void awaitAll(List<Future<?>> futures) throws IOException {
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("index build interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) throw io;
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IOException(e.getCause());
            }
        }
    }

    /**
     * Reindexes one unit, a working text or one frozen version (its old entries go, the new ones come), and makes
     * the change searchable.
     */
    public void index(SourceDocument source) throws IOException {
        apply(new Indexed(source));
    }

    /** Removes a document: its working text and all its versions. */
    public void remove(String documentId) throws IOException {
        apply(new Removed(documentId));
    }

    /** Removes one version of a document. */
    public void removeVersion(String documentId, int number) throws IOException {
        apply(new VersionRemoved(documentId, number));
    }

    private void apply(Change change) throws IOException {
        synchronized (lock) {
            if (changedDuringBuild != null) changedDuringBuild.add(change);
            Generation g = live;
            if (g == null) return;
            change.applyTo(g, symbols);
            g.refresh();
            status = new IndexStatus(status.state(), status.percent(), symbols.size(), status.message());
        }
    }

    /** Makes recent updates durable (they are searchable already); cheap when nothing changed. */
    public void commit() throws IOException {
        synchronized (lock) {
            Generation g = live;
            if (g != null && g.hasUncommittedChanges()) g.commit();
        }
    }

    public SearchResult search(SearchRequest request) {
        Generation g = live;
        IndexStatus current = status;
        if (g == null || !current.ready()) return SearchResult.notReady(current);
        try {
            return g.withSearcher(searcher -> IndexQuery.run(searcher, analyzer, request, current, symbols));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String symbolOf(SourceDocument source) {
        // the symbol map is a ConcurrentHashMap: a text imported without symbol or title still needs a value
        String symbol = source.document().header().symbol();
        String title = source.document().header().title();
        return symbol != null && !symbol.isBlank() ? symbol : title != null ? title : "";
    }

    @Override
    public void close() throws IOException {
        synchronized (lock) {
            Generation g = live;
            live = null;
            if (g != null) {
                g.commit();
                g.close();
            }
        }
    }

    private static void closeQuietly(Generation g) {
        if (g == null) return;
        try {
            g.close();
        } catch (IOException e) {
            log.warn("could not close index generation {}", g.path, e);
        }
    }
}
