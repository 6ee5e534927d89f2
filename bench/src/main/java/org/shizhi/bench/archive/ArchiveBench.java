package org.shizhi.bench.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.elasticsearch.ElasticsearchCaseArchive;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.app.EmbeddedPersonalDataKeys;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.port.in.CaseSearch;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.service.CaseArchiveService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Role;

/**
 * {@code ./shizhi bench archive}: the case archive on 100 k records of real length through HTTP ({@link RealLengthBench};
 * {@code -Dshizhi.bench.archive.real-sizes=}), and at 10 k synthetic records at the port (100 k and 1 M with
 * {@code -Dshizhi.bench.archive.sizes=10000,100000,1000000}):
 * <ul>
 *   <li>indexing throughput through the platform's adapter ({@code LuceneCaseArchive.index}, batches of 1,000, each
 *       committed) against a bare Lucene loop with the same analyzers on the same records, as a ratio;</li>
 *   <li>the whole import path (H2 store with encrypted parties + index) at the sizes up to 100 k;</li>
 *   <li>query latency p50/p99 for a fixed mixed set (words, phrases, a filter, facets on every query, descriptions) at
 *       the port, for the embedded index and for Elasticsearch on the same machine (if its distribution is unpacked);
 *       and through the service (store read, masking, snippets, audit append) where the records are in H2;</li>
 *   <li>search quality on ProMediConv: each case's description finds that case first (known-item success), and the
 *       precision at 5 of same-type cases for {@code similarTo}.</li>
 * </ul>
 */
public final class ArchiveBench {

    private static final int BATCH = 1_000;
    private static final AreaCode CITY = AreaCode.of("440800");

    /** The fixed query set: 2–3 words, phrases, exclusions, a filter, and pasted descriptions. */
    static List<Function<CaseGenerator, ArchiveQueryTemplate>> querySet() {
        return List.of(
                g -> kw("工资 拖欠"), g -> kw("噪音 楼上"), g -> kw("交通事故 赔偿 医疗费"), g -> kw("\"调解委员会\""),
                g -> kw("\"医疗费\" 保险"), g -> kw("房屋 漏水 -装修"), g -> kw("离婚 OR 抚养"), g -> kw("宅基地 边界"),
                g -> new ArchiveQueryTemplate(SearchText.parse("赔偿 协议", SearchText.Mode.KEYWORDS),
                        CaseFilters.none().withCaseTypes(Set.of("交通事故纠纷"))),
                g -> new ArchiveQueryTemplate(SearchText.parse("欠款", SearchText.Mode.KEYWORDS),
                        CaseFilters.none().withAreaWithin(AreaCode.of("440802"))),
                g -> new ArchiveQueryTemplate(new SearchText.Description(g.sources().get(3).description()), CaseFilters.none()),
                g -> new ArchiveQueryTemplate(new SearchText.Description(g.sources().get(41).description()), CaseFilters.none()),
                g -> new ArchiveQueryTemplate(new SearchText.Description(g.sources().get(77).description()), CaseFilters.none()));
    }

    record ArchiveQueryTemplate(SearchText text, CaseFilters filters) {
        ArchiveQuery query() {
            return new ArchiveQuery(text, filters, CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE, 20, Set.of(), true);
        }
    }

    private static ArchiveQueryTemplate kw(String q) {
        return new ArchiveQueryTemplate(SearchText.parse(q, SearchText.Mode.KEYWORDS), CaseFilters.none());
    }

    public interface Sink {
        void row(String measure, String value, String target);

        void note(String text);
    }

    public static void run(Path root, Sink report) throws Exception {
        Path data = Path.of(System.getProperty("shizhi.bench.data", "/work/shared/data"));
        Path seeds = Path.of(System.getProperty("shizhi.bench.seeds", "/work/shared/seeds"));
        CaseGenerator generator = new CaseGenerator(20251121L, data, seeds);
        // Synthetic records at the port: 10 k by default (the real-length run at 100 k takes most of the bench's time);
        // -Dshizhi.bench.archive.sizes=10000,100000,1000000 for the sizes measured before.
        List<Long> sizes = Stream.of(System.getProperty("shizhi.bench.archive.sizes", "10000").split(","))
                .map(String::strip).filter(x -> !x.isEmpty()).map(Long::parseLong).toList();
        Path work = Files.createTempDirectory("shizhi-archive-bench-");
        // Records of real length through HTTP first: the figures the archive's targets are about.
        for (String real : System.getProperty("shizhi.bench.archive.real-sizes", "100000").split(",")) {
            if (!real.isBlank()) {
                RealLengthBench.run(root, work.resolve("real" + real.strip()), generator, Long.parseLong(real.strip()), report);
                deleteTree(work.resolve("real" + real.strip()));
            }
        }
        for (long n : sizes) {
            size(n, generator, work.resolve("n" + n), Optional.empty(), report);
        }
        // Elasticsearch only now, so that its start and its heap do not take from the embedded measurements.
        Optional<ElasticsearchProcessHandle> es = ElasticsearchProcessHandle.start(root, work, report);
        try {
            List<Long> esSizes = Stream.of(System.getProperty("shizhi.bench.archive.es-sizes",
                    sizes.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("")).split(","))
                    .map(String::strip).filter(x -> !x.isEmpty()).map(Long::parseLong).toList();
            for (long n : esSizes) {
                if (es.isPresent()) {
                    elasticsearch(n, generator, es.get(), report);
                }
            }
            quality(generator, work.resolve("quality"), es, report);
        } finally {
            es.ifPresent(ElasticsearchProcessHandle::close);
            deleteTree(work);
        }
    }

    private static void size(long n, CaseGenerator generator, Path dir, Optional<ElasticsearchProcessHandle> es, Sink report)
            throws Exception {
        String at = String.format(Locale.ROOT, "%,d", n);
        Clock clock = Clock.systemUTC();
        // 1. The bare loop: IndexWriter, the same analyzers on the raw texts, one commit at the end.
        boolean compare = n <= Long.getLong("shizhi.bench.archive.bare-max", 100_000L);
        long bareNanos = compare ? bareLoop(n, generator::record, dir.resolve("bare")) : 0;
        deleteTree(dir.resolve("bare"));
        // 2. Through the platform's adapter: analysis to tokens, batches of 1,000, each committed and made visible.
        long platformNanos = 0;
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir.resolve("lucene"), clock)) {
            for (long from = 1; from <= n; from += BATCH) {
                List<CaseRecord> batch = batch(generator, from, Math.min(n, from + BATCH - 1));
                long t = System.nanoTime();
                archive.index(batch);
                platformNanos += System.nanoTime() - t;
            }
            double platform = n / (platformNanos / 1e9);
            if (compare) {
                double bare = n / (bareNanos / 1e9);
                report.row("indexing " + at + " records: platform adapter vs bare Lucene loop (same analyzers)",
                        String.format(Locale.ROOT, "%,.0f vs %,.0f docs/s = %.0f %%", platform, bare, 100 * platform / bare), ">= 50 %");
            } else {
                report.row("indexing " + at + " records through the platform adapter (bare loop not repeated at this size)",
                        String.format(Locale.ROOT, "%,.0f docs/s", platform), "—");
            }
            report.row("query latency at " + at + ", embedded Lucene (port; facets on every query)", latency(archive, generator),
                    n >= 1_000_000 ? "p99 <= 50 ms" : "—");
            if (n <= 100_000) {
                servicePath(n, generator, dir, archive, report, at);
            }
        }
        deleteTree(dir.resolve("lucene"));
    }

    private static void elasticsearch(long n, CaseGenerator generator, ElasticsearchProcessHandle es, Sink report) {
        String at = String.format(Locale.ROOT, "%,d", n);
        Clock clock = Clock.systemUTC();
        {
            try (ElasticsearchCaseArchive archive = ElasticsearchCaseArchive.connect(es.baseUrl(), "bench-" + n, clock)) {
                long esNanos = 0;
                for (long from = 1; from <= n; from += BATCH) {
                    List<CaseRecord> batch = batch(generator, from, Math.min(n, from + BATCH - 1));
                    long t = System.nanoTime();
                    archive.index(batch);
                    esNanos += System.nanoTime() - t;
                }
                report.row("indexing " + at + " records into Elasticsearch (same tokens, bulk of 1,000, wait_for refresh)",
                        String.format(Locale.ROOT, "%,.0f docs/s", n / (esNanos / 1e9)), "—");
                report.row("query latency at " + at + ", Elasticsearch on the same machine (port)", latency(archive, generator),
                        "embedded no slower");
                archive.drop();
            }
        }
    }

    /** The import path and the service's search (store read, masking, snippets, audit append) on H2. */
    private static void servicePath(long n, CaseGenerator generator, Path dir, LuceneCaseArchive index, Sink report, String at)
            throws IOException {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        try (Database database = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 4),
                EmbeddedPersonalDataKeys.loadOrCreate(dir.resolve("keys")));
             LuceneCaseArchive archive = LuceneCaseArchive.open(dir.resolve("imported"), clock)) {
            CaseArchiveService service = new CaseArchiveService(archive, database.caseRecordStore(), database.auditLog(), clock);
            Actor admin = Actor.system(CITY);
            long t = System.nanoTime();
            for (long from = 1; from <= n; from += BATCH) {
                service.importCases(admin, batch(generator, from, Math.min(n, from + BATCH - 1)));
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            report.row("import of " + at + " records (H2 store, parties encrypted, + index)",
                    String.format(Locale.ROOT, "%,.0f records/s (%.0f s, generation included)", n / seconds, seconds), "—");
            Actor auditor = new Actor("bench-auditor", CITY, CITY, Set.of(Role.AUDITOR), Set.of());
            List<CaseSearch> searches = List.of(CaseSearch.of("工资 拖欠"), CaseSearch.of("\"医疗费\" 保险"), CaseSearch.of("噪音 楼上"),
                    CaseSearch.of(generator.sources().get(3).description()), CaseSearch.of("欠款")
                            .withFilters(CaseFilters.none().withAreaWithin(AreaCode.of("440802"))));
            Histogram h = new Histogram(60_000_000_000L, 3);
            for (int round = 0; round < 60; round++) {
                for (CaseSearch s : searches) {
                    long q = System.nanoTime();
                    service.search(auditor, s);
                    if (round >= 10) {
                        h.recordValue(System.nanoTime() - q);
                    }
                }
            }
            report.row("search latency at " + at + " through the service (H2 read, masking, snippets, audit append)", percentiles(h), "—");
        }
        deleteTree(dir.resolve("imported"));
        deleteTree(dir.resolve("db"));
    }

    private static String latency(CaseArchive archive, CaseGenerator generator) {
        List<ArchiveQuery> queries = querySet().stream().map(f -> f.apply(generator).query()).toList();
        Histogram h = new Histogram(60_000_000_000L, 3);
        // Pasted descriptions apart from word queries: which kind drives the tail is what an optimisation needs to know.
        Histogram descriptions = new Histogram(60_000_000_000L, 3);
        Histogram words = new Histogram(60_000_000_000L, 3);
        for (int round = 0; round < 80; round++) {
            for (ArchiveQuery q : queries) {
                long t = System.nanoTime();
                archive.search(q);
                if (round >= 20) {
                    long took = System.nanoTime() - t;
                    h.recordValue(took);
                    (q.text() instanceof SearchText.Description ? descriptions : words).recordValue(took);
                }
            }
        }
        return percentiles(h) + String.format(Locale.ROOT, "; word queries p99 %.2f ms, pasted descriptions p99 %.2f ms",
                words.getValueAtPercentile(99) / 1e6, descriptions.getValueAtPercentile(99) / 1e6);
    }

    static String percentiles(Histogram h) {
        return String.format(Locale.ROOT, "p50 %.2f ms, p99 %.2f ms, max %.1f ms (%d queries)", h.getValueAtPercentile(50) / 1e6,
                h.getValueAtPercentile(99) / 1e6, h.getMaxValue() / 1e6, h.getTotalCount());
    }

    private static List<CaseRecord> batch(CaseGenerator g, long from, long to) {
        return batch(g::record, from, to);
    }

    private static List<CaseRecord> batch(LongFunction<CaseRecord> g, long from, long to) {
        List<CaseRecord> out = new ArrayList<>((int) (to - from + 1));
        for (long i = from; i <= to; i++) {
            out.add(g.apply(i));
        }
        return out;
    }

    /** Nanoseconds the platform's adapter takes to index records 1..n in batches of 1,000, each committed. */
    static long adapterLoop(long n, LongFunction<CaseRecord> generator, Path dir) {
        long nanos = 0;
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir, Clock.systemUTC())) {
            for (long from = 1; from <= n; from += BATCH) {
                List<CaseRecord> batch = batch(generator, from, Math.min(n, from + BATCH - 1));
                long t = System.nanoTime();
                archive.index(batch);
                nanos += System.nanoTime() - t;
            }
        }
        return nanos;
    }

    /**
     * Lucene as a library would be used by hand: analyzers per field on the raw text, one writer, one commit. The same
     * fields as the platform's documents: bigrams and words of every text, and bigrams of the title and facts.
     */
    static long bareLoop(long n, LongFunction<CaseRecord> generator, Path dir) throws IOException {
        CaseAnalysis analysis = new CaseAnalysis();
        Analyzer perField = new PerFieldAnalyzerWrapper(analysis.bigramAnalyzer(), Map.of(CaseFields.WORDS, analysis.wordAnalyzer(),
                CaseFields.BIGRAMS, analysis.bigramAnalyzer(), CaseFields.FACTS, analysis.bigramAnalyzer()));
        long nanos = 0;
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(perField).setRAMBufferSizeMB(64))) {
            for (long from = 1; from <= n; from += BATCH) {
                List<CaseRecord> batch = batch(generator, from, Math.min(n, from + BATCH - 1));
                long t = System.nanoTime();
                for (CaseRecord r : batch) {
                    Document d = new Document();
                    d.add(new StringField(CaseFields.ID, r.id().value(), Field.Store.NO));
                    d.add(new SortedDocValuesField(CaseFields.ID, new BytesRef(r.id().value())));
                    d.add(new StringField(CaseFields.CITY, r.city().value(), Field.Store.NO));
                    d.add(new StringField(CaseFields.CASE_TYPE, r.caseType(), Field.Store.NO));
                    d.add(new SortedDocValuesField(CaseFields.CASE_TYPE, new BytesRef(r.caseType())));
                    d.add(new LongPoint(CaseFields.CLOSED, r.closedOn().toEpochDay()));
                    d.add(new NumericDocValuesField(CaseFields.CLOSED, r.closedOn().toEpochDay()));
                    for (String text : List.of(r.title(), r.facts(), r.reasoning(), r.outcome(), r.fullText())) {
                        if (!text.isEmpty()) {
                            d.add(new TextField(CaseFields.BIGRAMS, text, Field.Store.NO));
                            d.add(new TextField(CaseFields.WORDS, text, Field.Store.NO));
                        }
                    }
                    for (String text : List.of(r.title(), r.facts().isBlank() ? r.fullText() : r.facts())) {
                        if (!text.isBlank()) {
                            d.add(new TextField(CaseFields.FACTS, text, Field.Store.NO));
                        }
                    }
                    writer.addDocument(d);
                }
                nanos += System.nanoTime() - t;
            }
            long t = System.nanoTime();
            writer.commit();
            nanos += System.nanoTime() - t;
        }
        return nanos;
    }

    /**
     * ProMediConv's 96 cases as records: each description pasted as a query must find its own case first; and
     * {@code similarTo} each case, how many of the first 5 others share its dispute type.
     */
    private static void quality(CaseGenerator generator, Path dir, Optional<ElasticsearchProcessHandle> es, Sink report) {
        List<CaseGenerator.Source> cases = generator.sources();
        List<CaseRecord> records = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CaseGenerator.Source c = cases.get(i);
            String title = c.facts().isEmpty() ? c.type() : c.facts().getFirst().split("[，。]")[0];
            records.add(new CaseRecord(CaseId.ofImported(CITY, "PMC-" + i), CaseSource.HISTORICAL, Optional.of("PMC-" + i), CITY, CITY,
                    c.type(), title.length() > 40 ? title.substring(0, 40) : title, c.description(), "", "", "", List.of(),
                    java.time.LocalDate.of(2020, 1, 1), java.time.LocalDate.of(2020, 2, 1), List.of()));
        }
        Map<CaseId, String> typeOf = new HashMap<>();
        records.forEach(r -> typeOf.put(r.id(), r.caseType()));
        try (LuceneCaseArchive lucene = LuceneCaseArchive.open(dir, Clock.systemUTC())) {
            lucene.index(records);
            report.row("search quality on ProMediConv (" + records.size() + " cases), embedded", quality(lucene, records, typeOf), "—");
        }
        es.ifPresent(server -> {
            try (ElasticsearchCaseArchive archive = ElasticsearchCaseArchive.connect(server.baseUrl(), "bench-quality", Clock.systemUTC())) {
                archive.index(records);
                report.row("search quality on ProMediConv (" + records.size() + " cases), Elasticsearch", quality(archive, records, typeOf), "—");
                archive.drop();
            }
        });
    }

    private static String quality(CaseArchive archive, List<CaseRecord> records, Map<CaseId, String> typeOf) {
        int first = 0;
        double precision = 0;
        for (CaseRecord r : records) {
            ArchiveHits own = archive.search(new ArchiveQuery(new SearchText.Description(r.facts()), CaseFilters.none(),
                    CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE, 5, Set.of(), false));
            if (!own.hits().isEmpty() && own.hits().getFirst().id().equals(r.id())) {
                first++;
            }
            String similar = r.title() + "\n" + r.facts();
            ArchiveHits like = archive.search(new ArchiveQuery(new SearchText.Description(similar.length() > 2_000
                    ? similar.substring(0, 2_000) : similar), CaseFilters.none(), CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE,
                    5, Set.of(r.id()), false));
            long same = like.hits().stream().map(ArchiveHit::id).filter(id -> typeOf.get(id).equals(r.caseType())).count();
            precision += same / 5.0;
        }
        return String.format(Locale.ROOT, "known-item success %d/%d = %.0f %%; P@5 of same-type cases (similarTo) %.2f", first,
                records.size(), 100.0 * first / records.size(), precision / records.size());
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
