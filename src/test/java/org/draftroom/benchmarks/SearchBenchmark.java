package org.draftroom.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.draftroom.negotiation.Actors;
import org.draftroom.negotiation.Block;
import org.draftroom.negotiation.DocumentHeader;
import org.draftroom.negotiation.Inline;
import org.draftroom.negotiation.NegotiationDocument;
import org.draftroom.negotiation.Paragraph;
import org.draftroom.negotiation.Proposal;
import org.draftroom.negotiation.ProposalKind;
import org.draftroom.negotiation.Section;
import org.draftroom.negotiation.Status;
import org.draftroom.negotiation.Text;
import org.draftroom.negotiation.Walk;
import org.draftroom.search.SearchRequest;
import org.draftroom.search.SearchResult;
import org.draftroom.search.internal.SearchEngine;
import org.draftroom.search.internal.SourceDocument;

/**
 * Lucene against SQL LIKE on the same rows. Generates 100,000 paragraphs (100 documents of 1,000) from clauses
 * of the seed texts, a third of them carrying a delegation's proposal; indexes them exactly as the app does and
 * loads every indexed entry (paragraphs and proposals) into an H2 file table. Then runs the same queries both
 * ways: Lucene with facets and highlighted snippets for the top 10 (the full results page); LIKE with the matching
 * count and the top 10 rows, i.e. less work than Lucene does. Lucene gets 30 warm-up rounds so the JIT has compiled
 * the query path, as in a running server; LIKE one. Lucene is measured through {@link SearchEngine#search}, which is
 * what {@code SearchService} (API and search view) calls. Assertions are off, as in production (the bench profile).
 * Run: {@code mvn -Pbench verify -Dit.test=SearchBenchmark}.
 */
class SearchBenchmark {
    static final int DOCUMENTS = 100;
    static final int PARAGRAPHS_PER_DOCUMENT = 1_000;
    static final List<String> DELEGATIONS = List.of("RU", "US", "PK", "DZ", "IR", "NG", "CA", "IN", "CO", "BR",
            "SG", "ZA", "CL", "UG", "JP", "FR", "CN", "GH", "AE", "CH");
    static final List<ProposalKind> KINDS = List.of(ProposalKind.INSERT, ProposalKind.DELETE, ProposalKind.REPLACE,
            ProposalKind.RETAIN, ProposalKind.REQUEST_BRACKETS);

    /** The same query in Lucene syntax and as a LIKE condition. */
    record BenchQuery(String lucene, String where, List<String> likeArgs, String delegation, String kind) {
    }

    static final List<BenchQuery> QUERIES = List.of(
            new BenchQuery("外部评价小组", "text LIKE ?", List.of("%外部评价小组%"), null, null),
            new BenchQuery("监督司", "text LIKE ?", List.of("%监督司%"), null, null),
            new BenchQuery("评价 NOT 监督司", "text LIKE ? AND text NOT LIKE ?", List.of("%评价%", "%监督司%"), null, null),
            new BenchQuery("驻外办事处 AND 效率", "text LIKE ? AND text LIKE ?", List.of("%驻外办事处%", "%效率%"), null, null),
            new BenchQuery("成员国 OR 秘书处", "(text LIKE ? OR text LIKE ?)", List.of("%成员国%", "%秘书处%"), null, null),
            new BenchQuery("\"职权范围\"", "text LIKE ?", List.of("%职权范围%"), null, null),
            new BenchQuery("发展议程", "text LIKE ?", List.of("%发展议程%"), null, null),
            new BenchQuery("独立外部评价师", "text LIKE ?", List.of("%独立外部评价师%"), null, null),
            new BenchQuery("预算", "text LIKE ? AND delegations LIKE ?", List.of("%预算%", "%|RU|%"), "RU", null),
            new BenchQuery("", "delegations LIKE ? AND kind = ?", List.of("%|RU|%", "delete"), "RU", "delete"));

    @Test
    void lucene_against_like() throws Exception {
        List<String> clauses = clauses(seedFolder());
        Random random = new Random(42);
        Map<String, NegotiationDocument> documents = new HashMap<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            NegotiationDocument doc = document("d" + d, clauses, random);
            documents.put(doc.id(), doc);
        }
        Path work = Files.createTempDirectory("draftroom-search-bench");
        try (SearchEngine engine = new SearchEngine(work.resolve("index"))) {
            engine.openExisting();
            long t0 = System.nanoTime();
            engine.rebuild(documents.keySet().stream().sorted().toList(),
                    id -> Optional.of(new SourceDocument(documents.get(id), "PBC/" + (30 + Math.floorMod(id.hashCode(), 7)), 1)));
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            long entries = engine.search(new SearchRequest("", null, null, null, null, null, null, 1)).total();

            try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + work.resolve("like") + ";WRITE_DELAY=0",
                    "sa", "")) {
                long rows = load(db, documents.values());
                if (rows != entries) throw new AssertionError("H2 has " + rows + " rows, the index " + entries);
                System.out.println("corpus: " + DOCUMENTS * PARAGRAPHS_PER_DOCUMENT + " paragraphs, " + entries
                        + " entries (paragraphs + proposals) in both Lucene and H2");
                for (BenchQuery q : QUERIES) {
                    System.out.printf("query %-24s lucene hits %7d   like hits %7d%n", label(q),
                            lucene(engine, q).total(), like(db, q));
                }
                double[] lucene = timings(30, 30, q -> lucene(engine, q));
                double[] like = timings(1, 3, q -> like(db, q));
                // where the percentiles come from: each query's median both ways (not BENCH figures)
                for (int q = 0; q < QUERIES.size(); q++) {
                    System.out.printf("query %-24s lucene p50 %6.2f ms   like p50 %6.1f ms%n", label(QUERIES.get(q)),
                            percentile(ofQuery(lucene, q), 50), percentile(ofQuery(like, q), 50));
                }
                double lp50 = percentile(lucene, 50), lp95 = percentile(lucene, 95);
                double sp50 = percentile(like, 50), sp95 = percentile(like, 95);
                System.out.printf("BENCH search.corpus_paragraphs %d count%n", DOCUMENTS * PARAGRAPHS_PER_DOCUMENT);
                System.out.printf("BENCH search.index_build %.1f s%n", buildSeconds);
                System.out.printf("BENCH search.lucene.p50 %.2f ms%n", lp50);
                System.out.printf("BENCH search.lucene.p95 %.2f ms%n", lp95);
                System.out.printf("BENCH search.like.p50 %.1f ms%n", sp50);
                System.out.printf("BENCH search.like.p95 %.1f ms%n", sp95);
                System.out.printf("BENCH search.speedup_p50 %.0f x%n", sp50 / lp50);
                System.out.printf("BENCH search.speedup_p95 %.0f x%n", sp95 / lp95);
            }
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static String label(BenchQuery q) {
        return (q.lucene().isEmpty() ? "" : q.lucene()) + (q.delegation() == null ? "" : " delegation=" + q.delegation())
                + (q.kind() == null ? "" : " kind=" + q.kind());
    }

    /** Per-query latencies in ms, each query run {@code rounds} times after {@code warmup} rounds. */
    private static double[] timings(int warmup, int rounds, java.util.function.Consumer<BenchQuery> run) {
        for (int w = 0; w < warmup; w++) QUERIES.forEach(run);
        double[] samples = new double[rounds * QUERIES.size()];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (BenchQuery q : QUERIES) {
                long t = System.nanoTime();
                run.accept(q);
                samples[i++] = (System.nanoTime() - t) / 1e6;
            }
        }
        return samples;
    }

    /** The samples of the q-th query out of {@link #timings}' round-by-round order. */
    private static double[] ofQuery(double[] samples, int q) {
        int rounds = samples.length / QUERIES.size();
        double[] out = new double[rounds];
        for (int r = 0; r < rounds; r++) out[r] = samples[r * QUERIES.size() + q];
        return out;
    }

    private static SearchResult lucene(SearchEngine engine, BenchQuery q) {
        return engine.search(new SearchRequest(q.lucene(), null, null,
                q.delegation() == null ? null : List.of(q.delegation()), q.kind() == null ? null : List.of(q.kind()),
                null, null, 10));
    }

    /** Count of matches plus the first 10 rows, as a results page needs. */
    private static long like(Connection db, BenchQuery q) {
        try {
            long count;
            try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM entries WHERE " + q.where())) {
                bind(ps, q.likeArgs());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    count = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = db.prepareStatement(
                    "SELECT document_id, entry_id, text FROM entries WHERE " + q.where() + " LIMIT 10")) {
                bind(ps, q.likeArgs());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rs.getString(3);
                }
            }
            return count;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void bind(PreparedStatement ps, List<String> args) throws java.sql.SQLException {
        for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
    }

    /** The same rows as the index: one per paragraph (its text with proposals in place) and one per proposal. */
    private static long load(Connection db, Iterable<NegotiationDocument> documents) throws java.sql.SQLException {
        try (var st = db.createStatement()) {
            st.execute("CREATE TABLE entries (document_id VARCHAR(20), entry_id VARCHAR(40), kind VARCHAR(30), "
                    + "delegations VARCHAR(200), text VARCHAR(10000))");
        }
        long rows = 0;
        db.setAutoCommit(false);
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO entries VALUES (?, ?, ?, ?, ?)")) {
            for (NegotiationDocument doc : documents) {
                for (Block b : Walk.blocks(doc)) {
                    if (b instanceof Paragraph p) rows += insert(ps, doc.id(), p.id(), "paragraph", "",
                            Walk.plainText(p.content()));
                }
                for (Proposal p : Walk.proposals(doc)) {
                    rows += insert(ps, doc.id(), p.id(), p.kind().wire(), "|" + String.join("|", p.actors().by()) + "|",
                            (Walk.plainText(p.target()) + " " + Walk.plainText(p.text())).strip());
                }
                ps.executeBatch();
            }
        }
        db.commit();
        return rows;
    }

    private static int insert(PreparedStatement ps, String doc, String id, String kind, String delegations, String text)
            throws java.sql.SQLException {
        ps.setString(1, doc);
        ps.setString(2, id);
        ps.setString(3, kind);
        ps.setString(4, delegations);
        ps.setString(5, text);
        ps.addBatch();
        return 1;
    }

    private static NegotiationDocument document(String id, List<String> clauses, Random random) {
        List<Section> sections = new ArrayList<>();
        int perSection = PARAGRAPHS_PER_DOCUMENT / 8;
        for (int s = 0; s < 8; s++) {
            List<Block> blocks = new ArrayList<>();
            for (int p = 0; p < perSection; p++) {
                String pid = id + "-" + s + "-" + p;
                List<Inline> content = new ArrayList<>();
                content.add(new Text(sentence(clauses, random)));
                if (random.nextInt(3) == 0) {
                    ProposalKind kind = KINDS.get(random.nextInt(KINDS.size()));
                    String words = clauses.get(random.nextInt(clauses.size()));
                    boolean removes = kind == ProposalKind.DELETE || kind == ProposalKind.RETAIN
                            || kind == ProposalKind.REQUEST_BRACKETS;
                    content.add(Proposal.inline(pid + "-x", kind, Actors.of(DELEGATIONS.get(random.nextInt(DELEGATIONS.size()))),
                            removes ? List.of(new Text(words)) : List.of(),
                            removes ? List.of() : List.of(new Text(words))));
                    content.add(new Text(sentence(clauses, random)));
                }
                blocks.add(new Paragraph(pid, true, content, List.of(), Status.OPEN, random.nextBoolean()));
            }
            sections.add(new Section(id + "-s" + s, (char) ('A' + s) + ".", List.of(new Text(clauses.get(s))), blocks));
        }
        return new NegotiationDocument(id, DocumentHeader.minimal("BENCH/" + id, "Benchmark " + id, "zh"), List.of(),
                sections);
    }

    private static String sentence(List<String> clauses, Random random) {
        int n = 2 + random.nextInt(4);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append('，');
            out.append(clauses.get(random.nextInt(clauses.size())));
        }
        return out.append('。').toString();
    }

    /** The seed's clauses: its text cut at punctuation and line ends, kept when mostly Chinese. */
    static List<String> clauses(Path seed) throws Exception {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(seed)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Arrays.stream(text.split("[，。；：、！？\\n\\r\\[\\]［］（）()“”]+"))
                        .map(String::strip)
                        .filter(c -> c.length() >= 4 && c.length() <= 60)
                        .filter(c -> c.codePoints().filter(cp -> Character.UnicodeScript.of(cp)
                                == Character.UnicodeScript.HAN).count() >= c.length() / 2)
                        .forEach(out::add);
            }
        }
        if (out.size() < 100) throw new IllegalStateException("too little text in " + seed);
        return new ArrayList<>(out);
    }

    static Path seedFolder() {
        for (String candidate : List.of("src/main/resources/seed", "../shared/seed",
                "src/test/resources/seed")) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) return p;
        }
        throw new IllegalStateException("no seed texts found (src/main/resources/seed or ../shared/seed)");
    }

    static double percentile(double[] samples, int p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }
}
