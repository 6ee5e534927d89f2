package org.shizhi.bench.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.shizhi.platformprocess.PlatformProcess;

/**
 * {@code ./shizhi bench similar-cases}: the archive's similar-case ranking on LeCaRD's labelled queries, measured as
 * a user meets it. The candidate judgments go in through {@code ./shizhi import} (between two starts of the platform), each
 * tagged with the pools that hold it; each query's description is searched through {@code POST /api/v1/cases/search}
 * inside its pool; the ranking is scored with the dataset's own protocol (NDCG@10/20/30 with the grades as gains,
 * P@5 and MAP with grade 3 as relevant, each over the ranking restricted to the pool's 30 labelled candidates, means
 * over every query). Embedded Lucene always, Elasticsearch when its distribution is unpacked. The data stay in
 * {@code ../shared/data/lecard-dev}; without them the bench says so and measures nothing.
 */
public final class SimilarCasesBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CITY = "510100";
    private static final Pattern CASE_YEAR = Pattern.compile("[（(]((?:19|20)\\d\\d)[）)]");
    private static final int POOL = 100;

    private SimilarCasesBench() {
    }

    /** A query: its id, the description a user pastes, and the grade of each of its 30 labelled candidates. */
    record Query(String id, String description, Map<String, Integer> grades) {
    }

    /** The dataset's five figures for one run. */
    record Quality(double ndcg10, double ndcg20, double ndcg30, double p5, double map) {

        String row() {
            return String.format(Locale.ROOT, "NDCG@10 %.3f, NDCG@20 %.3f, NDCG@30 %.3f, P@5 %.3f, MAP %.3f",
                    ndcg10, ndcg20, ndcg30, p5, map);
        }
    }

    public static void run(Path root, ArchiveBench.Sink report) throws Exception {
        Path data = Path.of(System.getProperty("shizhi.bench.lecard", root.resolve("../shared/data/lecard-dev").normalize().toString()));
        if (!Files.isRegularFile(data.resolve("candidates.jsonl.gz")) || !Files.isRegularFile(data.resolve("labels.json"))) {
            report.note("Similar-case quality was not measured: LeCaRD's development set is not at " + data
                    + " (candidates.jsonl.gz, queries.jsonl, labels.json; set -Dshizhi.bench.lecard=DIR).");
            return;
        }
        List<Query> queries = queries(data);
        Path work = Files.createTempDirectory("shizhi-similar-cases-");
        try {
            Path importFile = work.resolve("lecard-candidates.jsonl");
            int candidates = writeImportFile(data.resolve("candidates.jsonl.gz"), importFile);
            report.row("LeCaRD development set", String.format(Locale.ROOT, "%d queries, %d candidate judgments (%.1f MB of import lines)",
                    queries.size(), candidates, Files.size(importFile) / 1e6), "—");
            measure("embedded Lucene", root, work.resolve("lucene"), List.of(), importFile, candidates, queries, report);
            Optional<ElasticsearchProcessHandle> es = ElasticsearchProcessHandle.start(root, work, report);
            try {
                if (es.isPresent()) {
                    List<String> backend = List.of("-Dshizhi.archive.backend=elasticsearch",
                            "-Dshizhi.archive.elasticsearch.url=" + es.get().baseUrl());
                    measure("Elasticsearch", root, work.resolve("es"), backend, importFile, candidates, queries, report);
                }
            } finally {
                es.ifPresent(ElasticsearchProcessHandle::close);
            }
            report.row("reference: the dataset's BM25 run", "NDCG@10 0.702, NDCG@20 0.769, NDCG@30 0.860, P@5 0.393, MAP 0.469", "—");
            report.row("reference: the dataset's LMIR run", "NDCG@10 0.740, NDCG@20 0.787, NDCG@30 0.870, P@5 0.433, MAP 0.496", "—");
            report.row("reference: plain Lucene, CJK bigrams of the facts, BM25", "NDCG@10 0.769, NDCG@20 0.821, NDCG@30 0.888, P@5 0.430, MAP 0.523",
                    "the target on every metric");
            report.note("Protocol of LeCaRD's metrics.py, as ../shared/data/lecard-dev/README.md states it: every candidate imported"
                    + " through ./shizhi import (facts, reasoning, outcome, full text; tagged with its pools), each query's description"
                    + " searched with mode=description inside its pool's tag through POST /api/v1/cases/search (limit " + POOL + "),"
                    + " the ranking restricted to the pool's 30 labelled candidates; NDCG with the grades as gains, P@5 and MAP with"
                    + " grade 3 relevant, means over all " + queries.size() + " queries. The reference rows are that README's.");
        } finally {
            ArchiveBench.deleteTree(work);
        }
    }

    private static void measure(String backend, Path root, Path dataDir, List<String> backendOptions, Path importFile,
                                int candidates, List<Query> queries, ArchiveBench.Sink report) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Xmx2g", "-Dshizhi.demo-data.grids=false"));
        options.addAll(backendOptions);
        // The first start makes the demo city the judgments are imported into; the embedded H2 file is the platform's
        // while it runs, so the import runs between two starts, as an operator runs it on the embedded default.
        PlatformProcess.startOn(root, dataDir, options, Optional.empty()).close();
        long started = System.nanoTime();
        importInto(root, dataDir, backendOptions, importFile);
        double seconds = (System.nanoTime() - started) / 1e9;
        report.row("./shizhi import of the candidates on " + backend + " (store and index)",
                String.format(Locale.ROOT, "%.0f s, %.1f judgments/s, %.2f MB/s of import lines", seconds, candidates / seconds,
                        Files.size(importFile) / 1e6 / seconds), "—");
        try (PlatformProcess platform = PlatformProcess.startOn(root, dataDir, options, Optional.empty())) {
            String auditor = platform.bearer("bench-auditor", CITY, CITY, List.of("AUDITOR"), Duration.ofHours(2));
            HttpClient client = HttpClient.newHttpClient();
            awaitIndexed(client, platform.base(), auditor, candidates);
            List<List<String>> rankings = new ArrayList<>();
            List<Long> micros = new ArrayList<>();
            for (Query query : queries) {
                long t = System.nanoTime();
                rankings.add(rank(client, platform.base(), auditor, query));
                micros.add((System.nanoTime() - t) / 1_000);
            }
            Quality quality = quality(queries, rankings);
            report.row("similar-case quality on " + backend + " (" + queries.size() + " queries)", quality.row(),
                    "NDCG@10 >= 0.769, NDCG@20 >= 0.821, NDCG@30 >= 0.888, P@5 >= 0.430, MAP >= 0.523");
            micros.sort(Long::compare);
            report.row("description search inside a pool on " + backend + ", limit " + POOL + ", one client",
                    String.format(Locale.ROOT, "p50 %.1f ms, p95 %.1f ms, max %.1f ms", micros.get(micros.size() / 2) / 1e3,
                            micros.get((int) Math.ceil(micros.size() * 0.95) - 1) / 1e3, micros.getLast() / 1e3), "—");
            report.note("Per query on " + backend + ", NDCG@30: " + perQuery(queries, rankings));
        }
    }

    /** The real import command, as ./shizhi import runs it, on the platform's data directory. */
    private static void importInto(Path root, Path dataDir, List<String> backendOptions, Path importFile)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dshizhi.data.dir=" + dataDir));
        command.addAll(backendOptions);
        command.addAll(List.of("-cp", root.resolve("cli/target/shizhi-cli.jar") + ":" + root.resolve("cli/target/libs") + "/*",
                "org.shizhi.cli.Cli", "import", importFile.toString(), "--city", CITY));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> tail = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                tail.add(line);
                if (tail.size() > 20) {
                    tail.removeFirst();
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException("./shizhi import exited with " + process.exitValue() + ":\n" + String.join("\n", tail));
        }
    }

    private static void awaitIndexed(HttpClient client, URI base, String token, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        long total = -1;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> page = send(client, base, token, Map.of("tag", List.of("lecard"), "limit", 1));
            total = JSON.readTree(page.body()).path("total").asLong();
            if (total >= expected) {
                return;
            }
            Thread.sleep(2_000);
        }
        throw new IllegalStateException("the archive found " + total + " of " + expected + " imported judgments after 20 minutes");
    }

    /** The candidate ids of the query's pool, best first, as the search answers them. */
    private static List<String> rank(HttpClient client, URI base, String token, Query query) throws Exception {
        HttpResponse<String> page = send(client, base, token, Map.of("q", query.description(), "mode", "description",
                "tag", List.of(poolTag(query.id())), "limit", POOL));
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : JSON.readTree(page.body()).path("items")) {
            for (JsonNode tag : hit.path("tags")) {
                if (tag.asText().startsWith("lecard-")) {
                    ids.add(tag.asText().substring("lecard-".length()));
                }
            }
        }
        return ids;
    }

    private static HttpResponse<String> send(HttpClient client, URI base, String token, Map<String, Object> search) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/cases/search")).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(search)))
                .build();
        for (int attempt = 0; ; attempt++) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return response;
            }
            // searches are rate-limited per token: wait as told, then ask again
            if (response.statusCode() == 429 && attempt < 20) {
                Thread.sleep(1_000L * response.headers().firstValueAsLong("Retry-After").orElse(1));
                continue;
            }
            throw new IllegalStateException("a search answered " + response.statusCode() + ": " + response.body());
        }
    }

    static Quality quality(List<Query> queries, List<List<String>> rankings) {
        double[] sums = new double[5];
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            List<Integer> gains = labelledGains(query, rankings.get(i));
            List<Integer> ideal = query.grades().values().stream().sorted((a, b) -> b - a).toList();
            sums[0] += ndcg(gains, ideal, 10);
            sums[1] += ndcg(gains, ideal, 20);
            sums[2] += ndcg(gains, ideal, 30);
            sums[3] += precision(gains, 5);
            sums[4] += averagePrecision(gains);
        }
        int n = queries.size();
        return new Quality(sums[0] / n, sums[1] / n, sums[2] / n, sums[3] / n, sums[4] / n);
    }

    /** The grades of the labelled candidates in the order the search ranked them (unlabelled ones left out). */
    static List<Integer> labelledGains(Query query, List<String> ranking) {
        return ranking.stream().filter(query.grades()::containsKey).map(query.grades()::get).toList();
    }

    /** LeCaRD's NDCG: gains as they are, discount log2(rank + 1), the ideal from every label of the pool. */
    static double ndcg(List<Integer> gains, List<Integer> ideal, int k) {
        double dcg = 0;
        double idcg = 0;
        for (int i = 0; i < k; i++) {
            double discount = Math.log(i + 2) / Math.log(2);
            dcg += i < gains.size() ? gains.get(i) / discount : 0;
            idcg += i < ideal.size() ? ideal.get(i) / discount : 0;
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    static double precision(List<Integer> gains, int k) {
        return gains.stream().limit(k).filter(g -> g == 3).count() / (double) k;
    }

    /** Average precision with grade 3 relevant; a query without a relevant candidate counts 0, as LeCaRD counts it. */
    static double averagePrecision(List<Integer> gains) {
        double sum = 0;
        int relevant = 0;
        for (int i = 0; i < gains.size(); i++) {
            if (gains.get(i) == 3) {
                relevant++;
                sum += relevant / (double) (i + 1);
            }
        }
        return relevant == 0 ? 0 : sum / relevant;
    }

    private static String perQuery(List<Query> queries, List<List<String>> rankings) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < queries.size(); i++) {
            Query query = queries.get(i);
            List<Integer> ideal = query.grades().values().stream().sorted((a, b) -> b - a).toList();
            out.append(i == 0 ? "" : ", ").append(query.id()).append(' ')
                    .append(String.format(Locale.ROOT, "%.3f", ndcg(labelledGains(query, rankings.get(i)), ideal, 30)));
        }
        return out.append('.').toString();
    }

    private static List<Query> queries(Path data) throws IOException {
        JsonNode labels = JSON.readTree(data.resolve("labels.json").toFile());
        List<Query> queries = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("queries.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode q = JSON.readTree(line);
            Map<String, Integer> grades = new LinkedHashMap<>();
            labels.path(q.path("id").asText()).properties().forEach(e -> grades.put(e.getKey(), e.getValue().asInt()));
            queries.add(new Query(q.path("id").asText(), q.path("description").asText(), grades));
        }
        return queries;
    }

    /** The candidates as import lines: criminal judgments of the demo city, tagged with their id and pools. */
    private static int writeImportFile(Path candidates, Path importFile) throws IOException {
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(candidates)),
                StandardCharsets.UTF_8)); BufferedWriter out = Files.newBufferedWriter(importFile, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode c = JSON.readTree(line);
                String id = c.path("id").asText();
                List<String> tags = new ArrayList<>(List.of("lecard", "lecard-" + id));
                c.path("pools").forEach(pool -> tags.add(poolTag(pool.asText())));
                Matcher year = CASE_YEAR.matcher(c.path("fullText").asText());
                String y = year.find() ? year.group(1) : "2015";
                ObjectNode record = JSON.createObjectNode()
                        .put("externalId", "lecard-" + id)
                        .put("caseType", "刑事案件")
                        .put("title", truncate(c.path("title").asText(), 500))
                        .put("facts", c.path("facts").asText().strip())
                        .put("reasoning", c.path("reasoning").asText().strip())
                        .put("outcome", c.path("outcome").asText().strip())
                        .put("fullText", c.path("fullText").asText().strip())
                        .put("occurredOn", y + "-01-01")
                        .put("closedOn", y + "-12-31");
                record.putArray("tags").addAll(tags.stream().map(JSON.getNodeFactory()::textNode).toList());
                out.write(JSON.writeValueAsString(record));
                out.newLine();
                n++;
            }
        }
        return n;
    }

    private static String poolTag(String queryId) {
        return "pool" + queryId;
    }

    private static String truncate(String text, int max) {
        String t = text.strip();
        return t.isEmpty() ? "（无标题）" : t.length() <= max ? t : t.substring(0, max);
    }
}
