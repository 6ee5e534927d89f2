package org.shizhi.bench.archive;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.app.EmbeddedPersonalDataKeys;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.service.CaseArchiveService;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * The archive on records of real length ({@link RealLengthCases}), measured as an auditor meets it: through HTTP on
 * the platform started as {@code ./shizhi start} starts it, on the embedded default (H2 store, Lucene index), so that
 * a hit page costs what it costs in service: the index, the store's read, masking, snippets, the audit append and the
 * JSON. Indexing is compared with a bare Lucene loop in MB/s of text, on the same records.
 */
final class RealLengthBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CITY = "440800";
    private static final int IMPORT_BATCH = 200;
    private static final int DESCRIPTIONS = 60;

    /** Words and phrases as auditors type them, over both kinds of records; one restricted to a district. */
    static final List<String> KEYWORDS = List.of("盗窃 被告人", "\"有期徒刑\" 缓刑", "醉酒 驾驶", "诈骗 -盗窃", "故意伤害 赔偿",
            "工资 拖欠", "噪音 楼上", "交通事故 赔偿 医疗费", "离婚 OR 抚养", "毒品 贩卖", "房屋 漏水 -装修", "\"调解委员会\"");

    private RealLengthBench() {
    }

    static void run(Path root, Path work, CaseGenerator synthetic, long n, ArchiveBench.Sink report) throws Exception {
        Path lecard = Path.of(System.getProperty("shizhi.bench.lecard", root.resolve("../shared/data/lecard-dev").normalize().toString()));
        int every = Integer.getInteger("shizhi.bench.archive.real-judgment-every", 10);
        Optional<RealLengthCases> loaded = RealLengthCases.load(20251207L, synthetic, lecard, every);
        if (loaded.isEmpty()) {
            report.note("Real-length records were not measured: LeCaRD's development set, whose sentences make the judgments, is not at "
                    + lecard + " (set -Dshizhi.bench.lecard=DIR).");
            return;
        }
        RealLengthCases cases = loaded.get();
        String at = String.format(Locale.ROOT, "%,d", n);
        long compare = Math.min(n, Long.getLong("shizhi.bench.archive.real-compare", 5_000L));
        indexing(cases, compare, work.resolve("compare"), report);

        Path data = work.resolve("platform");
        List<String> options = List.of("-Xmx2g", "-Dshizhi.demo-data.grids=false",
                // one client asking as fast as it can: the per-token limit (10/s) would measure the limiter, not the search
                "-Dshizhi.search.rate-per-second=100000", "-Dshizhi.search.burst=100000");
        // The first start makes the database and the demo city; the records go in between two starts, as an import
        // on the embedded default does.
        PlatformProcess.startOn(root, data, options, Optional.empty()).close();
        Corpus corpus = importInto(data, cases, n);
        report.row("real-length corpus of " + at + " records", corpus.describe(), "—");
        report.row("import of " + at + " real-length records (H2 store, parties encrypted, + index; 2 threads)",
                String.format(Locale.ROOT, "%,.0f records/s, %.2f MB/s of text (%.0f s, generation included)", n / corpus.seconds,
                        corpus.bytes / 1e6 / corpus.seconds, corpus.seconds), "—");
        // e.g. -Dshizhi.bench.archive.real-profile=/tmp/search.jfr records the searched platform with JFR (docs/search.md's profile)
        List<String> searched = new ArrayList<>(options);
        String profile = System.getProperty("shizhi.bench.archive.real-profile", "");
        if (!profile.isBlank()) {
            searched.add("-XX:StartFlightRecording=filename=" + profile + ",settings=profile,dumponexit=true");
        }
        try (PlatformProcess platform = PlatformProcess.startOn(root, data, searched, Optional.empty())) {
            String auditor = platform.bearer("bench-auditor", CITY, CITY, List.of("AUDITOR"), Duration.ofHours(2));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<String> descriptions = new ArrayList<>();
            for (int k = 0; k < DESCRIPTIONS; k++) {
                descriptions.add(cases.description(k * 1_637L % (n / every)));
            }
            Histogram words = new Histogram(60_000_000_000L, 3);
            Histogram pasted = new Histogram(60_000_000_000L, 3);
            long[] bytes = new long[1];
            // Each keyword query's own times, to tell a slow query (work) from slow moments (a pause, the machine)
            Map<String, Histogram> byQuery = new LinkedHashMap<>();
            List<Slow> slowest = new ArrayList<>();
            for (int round = 0; round < 25; round++) {
                for (String q : KEYWORDS) {
                    long t = System.nanoTime();
                    bytes[0] += get(client, platform.base(), auditor, q).length();
                    if (round >= 5) {
                        long took = System.nanoTime() - t;
                        words.recordValue(took);
                        byQuery.computeIfAbsent(q, k -> new Histogram(60_000_000_000L, 3)).recordValue(took);
                        slowest.add(new Slow(q, round, took));
                    }
                }
            }
            for (int round = 0; round < 4; round++) {
                for (String d : descriptions) {
                    long t = System.nanoTime();
                    bytes[0] += post(client, platform.base(), auditor, d).length();
                    if (round >= 1) {
                        pasted.recordValue(System.nanoTime() - t);
                    }
                }
            }
            report.row("keyword search at " + at + " real-length records through HTTP (GET /api/v1/cases, limit 20, one client)",
                    ArchiveBench.percentiles(words), "p99 <= 50 ms");
            report.row("pasted description at " + at + " real-length records through HTTP (POST /api/v1/cases/search, limit 20, one client)",
                    ArchiveBench.percentiles(pasted), "p99 <= 100 ms");
            StringBuilder each = new StringBuilder("Keyword queries at " + at + " one by one, p50 / max ms over their 20 timed runs: ");
            byQuery.forEach((q, h) -> each.append(String.format(Locale.ROOT, "%s %.1f / %.1f; ", q, h.getValueAtPercentile(50) / 1e6,
                    h.getMaxValue() / 1e6)));
            slowest.sort(Comparator.comparingLong(Slow::nanos).reversed());
            each.append("the five slowest timed runs (query, round): ");
            each.append(String.join(", ", slowest.stream().limit(5).map(sl -> String.format(Locale.ROOT, "%.1f ms %s (%d)",
                    sl.nanos() / 1e6, sl.query(), sl.round())).toList())).append('.');
            report.note(each.toString());
        }
        report.note("Real-length records: mediation records of 300 to 3,000 characters (ProMediConv's sentences, log-uniform"
                + " lengths) and, one record in " + every + ", a criminal judgment whose full text is log-normal (median 4,500 characters,"
                + " one in ten over 17,000, at most 99,000) with its facts (about 60 % of it), reasoning and outcome beside it, made of"
                + " LeCaRD's development candidates' sentences by section, recombined, with a generated defendant (name, ID number,"
                + " mobile) in the header. Searched through HTTP by one client on the platform as ./shizhi start runs it (embedded H2"
                + " and Lucene, -Xmx2g), the search rate limit raised for the run: " + KEYWORDS.size() + " keyword queries 20 times"
                + " each after 5 rounds of warm-up, " + DESCRIPTIONS + " pasted descriptions (150 to 1,500 characters of a"
                + " judgment's facts) 3 times each after one round. Indexing compared on the first " + String.format(Locale.ROOT, "%,d", compare)
                + " records: the platform adapter (analysis to tokens, batches of 1,000, each committed) against a bare Lucene loop"
                + " (IndexWriter, the same analyzers on the raw texts: bigrams and words of every text, bigrams of the title and facts)."
                + " MB are UTF-8 bytes of the records' texts.");
    }

    /** One timed keyword search. */
    private record Slow(String query, int round, long nanos) {
    }

    /** The corpus as imported: how many of each kind, how long, how many bytes of text. */
    record Corpus(long records, long judgments, int[] fullTexts, long bytes, double seconds) {
        String describe() {
            int[] sorted = fullTexts.clone();
            Arrays.sort(sorted);
            long over = Arrays.stream(sorted).filter(l -> l > 17_000).count();
            return String.format(Locale.ROOT, "%,d mediation records and %,d judgments, %.0f MB of text; judgments' full text median %,d"
                            + " characters, %.0f %% over 17,000, longest %,d",
                    records - judgments, judgments, bytes / 1e6, sorted[sorted.length / 2], 100.0 * over / sorted.length,
                    sorted[sorted.length - 1]);
        }
    }

    static long textBytes(CaseRecord r) {
        long b = 0;
        for (String t : List.of(r.title(), r.facts(), r.reasoning(), r.outcome(), r.fullText())) {
            b += utf8Length(t);
        }
        return b;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : Character.isLowSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** The records through the service's import (store, then index) on the platform's own data directory. */
    private static Corpus importInto(Path data, RealLengthCases cases, long n) throws Exception {
        Clock clock = Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        AtomicLong bytes = new AtomicLong();
        AtomicLong judgments = new AtomicLong();
        int[] fullTexts = new int[(int) (n / cases.judgmentEvery())];
        long t = System.nanoTime();
        try (Database database = Database.open(DatabaseSettings.embeddedH2(data.resolve("db"), 4),
                EmbeddedPersonalDataKeys.loadOrCreate(data.resolve("keys")));
             LuceneCaseArchive archive = LuceneCaseArchive.open(data.resolve("index").resolve("cases"), clock)) {
            CaseArchiveService service = new CaseArchiveService(archive, database.caseRecordStore(), database.auditLog(), clock);
            Actor admin = Actor.system(AreaCode.of(CITY));
            int threads = 2;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < threads; w++) {
                    int worker = w;
                    running.add(pool.submit(() -> {
                        for (long from = 1 + (long) worker * IMPORT_BATCH; from <= n; from += (long) threads * IMPORT_BATCH) {
                            List<CaseRecord> batch = new ArrayList<>(IMPORT_BATCH);
                            for (long i = from; i < from + IMPORT_BATCH && i <= n; i++) {
                                CaseRecord r = cases.record(i);
                                batch.add(r);
                                bytes.addAndGet(textBytes(r));
                                if (cases.isJudgment(i)) {
                                    judgments.incrementAndGet();
                                    fullTexts[(int) (i / cases.judgmentEvery() - 1)] = r.fullText().length();
                                }
                            }
                            service.importCases(admin, batch);
                        }
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    f.get();
                }
            } finally {
                pool.shutdown();
            }
        }
        return new Corpus(n, judgments.get(), fullTexts, bytes.get(), (System.nanoTime() - t) / 1e9);
    }

    /** Adapter against bare loop on the first {@code compare} records, in MB/s of text. */
    private static void indexing(RealLengthCases cases, long compare, Path dir, ArchiveBench.Sink report) throws IOException {
        long bytes = 0;
        for (long i = 1; i <= compare; i++) {
            bytes += textBytes(cases.record(i));
        }
        long bare = ArchiveBench.bareLoop(compare, cases::record, dir.resolve("bare"));
        ArchiveBench.deleteTree(dir.resolve("bare"));
        long platform = ArchiveBench.adapterLoop(compare, cases::record, dir.resolve("lucene"));
        ArchiveBench.deleteTree(dir.resolve("lucene"));
        double mbPlatform = bytes / 1e6 / (platform / 1e9);
        double mbBare = bytes / 1e6 / (bare / 1e9);
        report.row(String.format(Locale.ROOT, "indexing %,d real-length records (%.0f MB of text): platform adapter vs bare Lucene loop"
                        + " (same analyzers)", compare, bytes / 1e6),
                String.format(Locale.ROOT, "%.2f vs %.2f MB/s = %.0f %%", mbPlatform, mbBare, 100 * mbPlatform / mbBare), ">= 50 %");
    }

    private static String get(HttpClient client, URI base, String token, String q) throws Exception {
        return send(client, HttpRequest.newBuilder(base.resolve("/api/v1/cases?limit=20&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Authorization", token).GET().build());
    }

    private static String post(HttpClient client, URI base, String token, String description) throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", description);
        body.put("mode", "description");
        body.put("limit", 20);
        return send(client, HttpRequest.newBuilder(base.resolve("/api/v1/cases/search")).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build());
    }

    private static String send(HttpClient client, HttpRequest request) throws Exception {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("a search answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
