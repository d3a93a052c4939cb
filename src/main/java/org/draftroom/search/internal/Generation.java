package org.draftroom.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One physical index directory with its writer and near-real-time searchers. Each refreshed searcher carries the
 * facet state of its reader, computed once per refresh rather than per query.
 */
final class Generation implements Closeable {
    final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    /** A searcher with the facet ordinals of its reader (null when nothing with facets is indexed yet). */
    static final class FacetedSearcher extends IndexSearcher {
        final SortedSetDocValuesReaderState facetState;

        FacetedSearcher(IndexReader reader) throws IOException {
            super(reader);
            facetState = hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS) : null;
        }

        private static boolean hasFacets(IndexReader reader) {
            return reader.leaves().stream().anyMatch(leaf ->
                    leaf.reader().getFieldInfos().fieldInfo(org.apache.lucene.facet.FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
        }
    }

    private Generation(Path path, Analyzer analyzer, boolean create) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(64);
        IndexWriter w;
        try {
            w = new IndexWriter(directory, config);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        this.writer = w;
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                return new FacetedSearcher(reader);
            }
        });
    }

    static Generation create(Path path, Analyzer analyzer) throws IOException {
        Generation g = new Generation(path, analyzer, true);
        g.commit();
        return g;
    }

    static Generation open(Path path, Analyzer analyzer) throws IOException {
        return new Generation(path, analyzer, false);
    }

    /**
     * Replaces everything indexed for one unit (a working text or one version, see {@link SourceDocument#unit()})
     * atomically: readers see old or new, never a mix.
     */
    void replace(String unit, List<Document> documents) throws IOException {
        writer.updateDocuments(new Term(Schema.UNIT, unit), documents);
    }

    /** Deletes the document's working text and all its versions. */
    void delete(String documentId) throws IOException {
        writer.deleteDocuments(new Term(Schema.DOCUMENT_ID, documentId));
    }

    void deleteUnit(String unit) throws IOException {
        writer.deleteDocuments(new Term(Schema.UNIT, unit));
    }

    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    void commit() throws IOException {
        writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Integer.toString(Schema.VERSION)).entrySet());
        writer.commit();
    }

    boolean hasUncommittedChanges() {
        return writer.hasUncommittedChanges();
    }

    interface SearcherFunction<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }

    <T> T withSearcher(SearcherFunction<T> function) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return function.apply((FacetedSearcher) searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Document id to indexed revision, from the meta documents. */
    Map<String, Long> revisions() throws IOException {
        return withSearcher(searcher -> {
            Map<String, Long> out = new HashMap<>();
            TopDocs docs = searcher.search(new TermQuery(new Term(Schema.TYPE, Schema.META)), Integer.MAX_VALUE / 2);
            StoredFields stored = searcher.storedFields();
            for (var sd : docs.scoreDocs) {
                Document d = stored.document(sd.doc);
                out.put(d.get(Schema.DOCUMENT_ID), d.getField(Schema.REVISION).numericValue().longValue());
            }
            return out;
        });
    }

    /** Document id to the numbers of its versions in the index, from the version meta documents. */
    Map<String, java.util.Set<Integer>> versions() throws IOException {
        return withSearcher(searcher -> {
            Map<String, java.util.Set<Integer>> out = new HashMap<>();
            TopDocs docs = searcher.search(new TermQuery(new Term(Schema.TYPE, Schema.VERSION_META)),
                    Integer.MAX_VALUE / 2);
            StoredFields stored = searcher.storedFields();
            for (var sd : docs.scoreDocs) {
                Document d = stored.document(sd.doc);
                out.computeIfAbsent(d.get(Schema.DOCUMENT_ID), k -> new java.util.TreeSet<>())
                        .add(d.getField(Schema.TEXT_VERSION).numericValue().intValue());
            }
            return out;
        });
    }

    /** Schema version recorded in the last commit, or -1 when none. */
    static int committedSchemaVersion(Path path) throws IOException {
        try (Directory dir = FSDirectory.open(path); DirectoryReader reader = DirectoryReader.open(dir)) {
            String v = reader.getIndexCommit().getUserData().get(Schema.VERSION_KEY);
            return v == null ? -1 : Integer.parseInt(v);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            searchers.close();
            writer.close();
        } finally {
            directory.close();
        }
    }

    /** Closes without committing pending changes (for a half-built generation being abandoned). */
    void abandon() throws IOException {
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }
}
