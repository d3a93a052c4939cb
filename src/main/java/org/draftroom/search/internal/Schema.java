package org.draftroom.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

import org.draftroom.delegations.DelegationRegistry;

/**
 * The Lucene documents of the index. Bump {@link #VERSION} whenever fields or analysis change: an index built by
 * an older version is rebuilt at start.
 */
final class Schema {
    static final int VERSION = 3;
    static final String VERSION_KEY = "draftroom.search.schema";

    static final String TYPE = "type";
    static final String ENTRY = "entry";
    /** Meta document of a working text (its revision, symbol and title). */
    static final String META = "meta";
    /** Meta document of a frozen version (that it is indexed). */
    static final String VERSION_META = "vmeta";
    /** What an index update replaces: a working text ({@code c:<id>}) or one version ({@code v<n>:<id>}). */
    static final String UNIT = "unit";
    /** 0 for the working text, else the version number (stored, and doc values for document order). */
    static final String TEXT_VERSION = "textVersion";
    static final String VERSION_LABEL = "versionLabel";
    static final String DOCUMENT_ID = "documentId";
    static final String ENTRY_ID = "entryId";
    static final String ORDER = "order";
    static final String BLOCK_ID = "blockId";
    static final String LABEL = "label";
    static final String SECTION = "section";
    static final String KIND = "kind";
    static final String STATUS = "status";
    static final String SESSION = "session";
    static final String DELEGATION = "delegation";
    static final String LANGUAGE = "language";
    static final String SYMBOL = "symbol";
    static final String TITLE = "title";
    static final String REVISION = "revision";
    static final String TEXT = "text";
    static final String CONTEXT = "context";

    /** Facet dimensions, in the order the UI shows them. */
    static final List<String> DIMENSIONS = List.of("document", "version", "section", "delegation", "kind", "status",
            "session");

    static final FacetsConfig FACETS = facetsConfig();

    /** Analysed, stored (for highlighting) and with offsets in the postings so snippets need no re-analysis. */
    private static final FieldType TEXT_TYPE = textType();

    private Schema() {
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued("delegation", true);
        return config;
    }

    private static FieldType textType() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setStored(true);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    /**
     * All Lucene documents of one unit (a working text or one frozen version): its entries plus one meta document
     * (the revision of a working text; the number of a version).
     */
    static List<Document> documents(SourceDocument source) throws IOException {
        String id = source.id();
        String unit = source.unit();
        var header = source.document().header();
        String language = header.language();
        List<String> textFields = Analysis.fieldsFor(language);
        List<Document> out = new ArrayList<>();
        for (IndexEntry entry : EntryExtractor.entries(source.document())) {
            Document doc = new Document();
            doc.add(new StringField(TYPE, ENTRY, Field.Store.NO));
            doc.add(new StringField(UNIT, unit, Field.Store.NO));
            doc.add(new StringField(DOCUMENT_ID, id, Field.Store.YES));
            doc.add(new NumericDocValuesField(TEXT_VERSION, source.version()));
            doc.add(new StoredField(TEXT_VERSION, source.version()));
            if (source.isVersion()) doc.add(new StoredField(VERSION_LABEL, source.versionLabel()));
            doc.add(new SortedDocValuesField(DOCUMENT_ID, new BytesRef(id)));
            doc.add(new StoredField(ENTRY_ID, entry.entryId()));
            doc.add(new NumericDocValuesField(ORDER, entry.order()));
            doc.add(new StoredField(BLOCK_ID, entry.blockId()));
            doc.add(new StoredField(LABEL, entry.label()));
            doc.add(new StoredField(SECTION, entry.section()));
            doc.add(new StoredField(KIND, entry.kind()));
            doc.add(new StoredField(STATUS, entry.status()));
            doc.add(new StoredField(SESSION, source.session()));
            doc.add(new StoredField(LANGUAGE, language));
            doc.add(new StoredField(SYMBOL, nullToEmpty(header.symbol())));
            doc.add(new StoredField(TEXT, entry.text()));
            if (entry.context() != null) doc.add(new StoredField(CONTEXT, entry.context()));
            for (String delegation : entry.delegations()) doc.add(new StoredField(DELEGATION, delegation));
            String names = names(entry.delegations());
            if (!names.isEmpty()) doc.add(new Field(Analysis.NAMES, names, TEXT_TYPE));
            if (!entry.text().isEmpty()) {
                for (String field : textFields) doc.add(new Field(field, entry.text(), TEXT_TYPE));
            }
            facet(doc, "document", id);
            facet(doc, "version", source.versionValue());
            facet(doc, "section", entry.section());
            facet(doc, "kind", entry.kind());
            facet(doc, "status", entry.status());
            facet(doc, "session", source.session());
            entry.delegations().forEach(d -> facet(doc, "delegation", d));
            out.add(FACETS.build(doc));
        }
        out.add(meta(source));
        return out;
    }

    private static Document meta(SourceDocument source) {
        var header = source.document().header();
        Document doc = new Document();
        doc.add(new StringField(TYPE, source.isVersion() ? VERSION_META : META, Field.Store.NO));
        doc.add(new StringField(UNIT, source.unit(), Field.Store.NO));
        // the same structures as on entries: Lucene refuses a field whose doc values differ between documents,
        // and a document without any text (only this record) may be the first one a generation sees
        doc.add(new StringField(DOCUMENT_ID, source.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(DOCUMENT_ID, new BytesRef(source.id())));
        doc.add(new StoredField(REVISION, source.revision()));
        doc.add(new NumericDocValuesField(TEXT_VERSION, source.version()));
        doc.add(new StoredField(TEXT_VERSION, source.version()));
        doc.add(new StoredField(SYMBOL, nullToEmpty(header.symbol())));
        doc.add(new StoredField(TITLE, nullToEmpty(header.title())));
        return doc;
    }

    /** Every name and spelling of the delegations, one a line. */
    private static String names(List<String> delegations) {
        StringBuilder out = new StringBuilder();
        for (String id : delegations) {
            DelegationRegistry.standard().byId(id).ifPresent(d -> {
                d.names().values().forEach(n -> out.append(n).append('\n'));
                d.aliases().forEach(n -> out.append(n).append('\n'));
            });
        }
        return out.toString();
    }

    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
