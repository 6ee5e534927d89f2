package org.shizhi.adapters.search.lucene;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.shared.AreaCode;

/**
 * A development loop for the similar-case search, not a test: indexes LeCaRD's candidates once into a
 * {@link LuceneCaseArchive} (kept in a directory between runs), then scores the archive's own description search and
 * variants of it built directly on the same index, with LeCaRD's protocol, in seconds. The figures that count are
 * {@code ./shizhi bench similar-cases}'s, through HTTP; this is for trying a method before that.
 * <p>
 * Run: {@code java -cp <test classpath> org.shizhi.adapters.search.lucene.SimilarCasesDevLoop ../shared/data/lecard-dev /tmp/lecard-index}
 */
public final class SimilarCasesDevLoop {

    private static final AreaCode CITY = new AreaCode("510100");

    record Query1(String id, String description, Map<String, Integer> grades) {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "../shared/data/lecard-dev");
        Path dir = Path.of(args.length > 1 ? args[1] : "/tmp/lecard-index");
        Map<String, String> candidateOf = new HashMap<>();
        Map<String, CaseRecord> records = new HashMap<>();
        boolean fresh = !Files.exists(dir.resolve("current"));
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir, Clock.systemUTC())) {
            long t = System.nanoTime();
            List<CaseRecord> batch = new ArrayList<>();
            // Analysis is the slow part and runs outside the archive's write lock: two threads.
            var workers = java.util.concurrent.Executors.newFixedThreadPool(2);
            List<java.util.concurrent.Future<?>> pending = new ArrayList<>();
            for (Map<String, Object> c : jsonLines(data.resolve("candidates.jsonl.gz"))) {
                String id = (String) c.get("id");
                CaseId caseId = CaseId.ofImported(CITY, "lecard-" + id);
                candidateOf.put(caseId.value(), id);
                List<String> tags = new ArrayList<>(List.of("lecard"));
                for (Object pool : (List<?>) c.get("pools")) {
                    tags.add("pool" + pool);
                }
                batch.add(new CaseRecord(caseId, CaseSource.HISTORICAL, Optional.of("lecard-" + id), CITY, CITY, "刑事案件",
                        ((String) c.get("title")).strip().isEmpty() ? "（无标题）" : truncate((String) c.get("title")),
                        ((String) c.get("facts")).strip(), ((String) c.get("reasoning")).strip(), ((String) c.get("outcome")).strip(),
                        truncate100k(((String) c.get("fullText")).strip()), List.of(), LocalDate.of(2015, 1, 1),
                        LocalDate.of(2015, 12, 31), tags));
                records.put(caseId.value(), batch.getLast());
                if (!fresh) {
                    batch.clear();
                    continue;
                }
                if (batch.size() == 50) {
                    List<CaseRecord> full = batch;
                    pending.add(workers.submit(() -> archive.index(full)));
                    batch = new ArrayList<>();
                }
            }
            if (fresh) {
                archive.index(batch);
            }
            for (var f : pending) {
                f.get();
            }
            workers.shutdown();
            if (fresh) {
                System.out.printf(Locale.ROOT, "indexed %d in %.0f s%n", archive.count(), (System.nanoTime() - t) / 1e9);
            }
            List<Query1> queries = queries(data);
            // The archive's own description search, as the platform runs it.
            long started = System.nanoTime();
            List<List<String>> real = new ArrayList<>();
            for (Query1 q : queries) {
                List<ArchiveHit> hits = archive.search(new ArchiveQuery(new SearchText.Description(q.description()),
                        CaseFilters.none().withTags(Set.of("pool" + q.id())), CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE,
                        100, Set.of(), true)).hits();
                real.add(hits.stream().map(h -> candidateOf.get(h.id().value())).toList());
            }
            long indexSide = System.nanoTime() - started;
            // What the service does above the index for a page of 100 (CaseArchiveService.summary), store read aside.
            long t0 = System.nanoTime();
            long maskNanos = 0;
            int i = 0;
            for (Query1 q : queries) {
                var hits = archive.search(new ArchiveQuery(new SearchText.Description(q.description()),
                        CaseFilters.none().withTags(Set.of("pool" + q.id())), CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE,
                        100, Set.of(), true));
                for (ArchiveHit h : hits.hits()) {
                    CaseRecord r = records.get(h.id().value());
                    List<String> terms = hits.matchTerms();
                    String head = r.facts() + r.reasoning() + r.outcome();
                    boolean found = terms.stream().anyMatch(head::contains);
                    String body = r.facts() + "\n" + r.reasoning() + "\n" + r.outcome() + (found ? "" : "\n" + r.fullText());
                    long m = System.nanoTime();
                    String masked = org.shizhi.domain.archive.model.PersonalDataMask.text(body, List.of());
                    maskNanos += System.nanoTime() - m;
                    i += org.shizhi.domain.archive.model.Snippets.of(masked, terms).length();
                }
            }
            long serviceSide = System.nanoTime() - t0;
            System.out.printf(Locale.ROOT, "index side %.1f ms a query; index + masking + snippets of 100 hits %.1f ms a query"
                    + " (masking %.1f ms)%n", indexSide / 1e6 / queries.size(), serviceSide / 1e6 / queries.size(),
                    maskNanos / 1e6 / queries.size());
            report("archive.search (as the platform runs it)", queries, real,
                    String.format(Locale.ROOT, "%.1f ms a query", (System.nanoTime() - started) / 1e6 / queries.size()));
        }
        String generation = Files.readString(dir.resolve("current")).strip();
        CaseAnalysis analysis = new CaseAnalysis();
        List<Query1> queries = queries(data);
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve(generation)))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, Function<String, Query>> variants = new LinkedHashMap<>();
            variants.put("title+facts, distinct bigrams", d -> bigrams(analysis, d, CaseFields.FACTS, false, Integer.MAX_VALUE));
            for (float w : new float[] {0.25f, 0.5f, 1f}) {
                variants.put("title+facts + " + w + " x 32 words (all texts)", d -> {
                    BooleanQuery.Builder b = new BooleanQuery.Builder();
                    b.add(bigrams(analysis, d, CaseFields.FACTS, false, Integer.MAX_VALUE), Occur.SHOULD);
                    b.add(new BoostQuery(words(analysis, d), w), Occur.SHOULD);
                    return b.build();
                });
            }
            for (int k : new int[] {256, 128}) {
                variants.put("title+facts, the " + k + " rarest bigrams", d -> rarest(analysis, reader, d, k));
            }
            timeAllAgainstRarest(searcher, analysis, reader, queries);
            for (Map.Entry<String, Function<String, Query>> v : variants.entrySet()) {
                for (float[] kb : new float[][] {{2f, 0.75f}}) {
                    float b = kb[1];
                    searcher.setSimilarity(LuceneCaseArchive.SIMILARITY);
                    List<List<String>> rankings = new ArrayList<>();
                    for (Query1 q : queries) {
                        BooleanQuery.Builder all = new BooleanQuery.Builder();
                        all.add(v.getValue().apply(q.description()), Occur.MUST);
                        all.add(new TermQuery(new Term(CaseFields.TAGS, "pool" + q.id())), Occur.FILTER);
                        List<String> ids = new ArrayList<>();
                        for (ScoreDoc sd : searcher.search(all.build(), 100).scoreDocs) {
                            ids.add(candidateOf.get(idOf(reader, sd.doc)));
                        }
                        rankings.add(ids);
                    }
                    report(v.getKey() + ", k1 " + kb[0] + " b " + b, queries, rankings, "");
                }
            }
        }
    }

    static Query bigrams(CaseAnalysis analysis, String description, String field, boolean tfWeight, int limit) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        analysis.bigrams(description).forEach(b -> tf.merge(b, 1, Integer::sum));
        List<String> terms = new ArrayList<>(tf.keySet());
        if (terms.size() > limit) {
            List<String> order = new ArrayList<>(terms);
            order.sort((a, b) -> tf.get(b) - tf.get(a));
            terms = order.subList(0, limit);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String t : terms) {
            Query q = new TermQuery(new Term(field, t));
            b.add(tfWeight ? new BoostQuery(q, (float) (1 + Math.log(tf.get(t)))) : q, Occur.SHOULD);
        }
        return b.build();
    }

    /** The description's {@code k} distinct bigrams the fewest cases' facts hold (ties: the earlier), as {@code QueryPlan} keeps them. */
    static Query rarest(CaseAnalysis analysis, IndexReader reader, String description, int k) {
        List<String> distinct = analysis.bigrams(description).stream().distinct().toList();
        Map<String, Integer> df = new HashMap<>();
        for (String t : distinct) {
            try {
                df.put(t, reader.docFreq(new Term(CaseFields.FACTS, t)));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        distinct.stream().filter(t -> df.get(t) > 0).sorted(java.util.Comparator.comparingInt(df::get)).limit(k)
                .forEach(t -> b.add(new TermQuery(new Term(CaseFields.FACTS, t)), Occur.SHOULD));
        return b.build();
    }

    /**
     * The index time of the best 1,000 over the whole index (no pool filter, as an archive search is), every bigram
     * against the 256 rarest, the two run alternately on the same searcher so that the machine's load falls on both.
     */
    static void timeAllAgainstRarest(IndexSearcher searcher, CaseAnalysis analysis, IndexReader reader, List<Query1> queries)
            throws IOException {
        List<Long> all = new ArrayList<>();
        List<Long> rare = new ArrayList<>();
        searcher.setSimilarity(LuceneCaseArchive.SIMILARITY);
        for (int round = 0; round < 4; round++) {
            for (Query1 q : queries) {
                for (int variant = 0; variant < 2; variant++) {
                    Query query = variant == 0 ? bigrams(analysis, q.description(), CaseFields.FACTS, false, Integer.MAX_VALUE)
                            : rarest(analysis, reader, q.description(), 256);
                    long t = System.nanoTime();
                    searcher.search(query, 1_000);
                    long took = System.nanoTime() - t;
                    if (round > 0) {
                        (variant == 0 ? all : rare).add(took);
                    }
                }
            }
        }
        for (List<Long> l : List.of(all, rare)) {
            java.util.Collections.sort(l);
        }
        System.out.printf(Locale.ROOT, "best 1,000 of %d cases, %d searches each: every bigram p50 %.1f ms, p90 %.1f ms, max %.1f ms;"
                        + " the 256 rarest p50 %.1f ms, p90 %.1f ms, max %.1f ms%n", reader.numDocs(), all.size(),
                all.get(all.size() / 2) / 1e6, all.get(all.size() * 9 / 10) / 1e6, all.getLast() / 1e6,
                rare.get(rare.size() / 2) / 1e6, rare.get(rare.size() * 9 / 10) / 1e6, rare.getLast() / 1e6);
    }

    static Query words(CaseAnalysis analysis, String text) {
        Map<String, Integer> tf = new LinkedHashMap<>();
        analysis.words(text).stream().filter(w -> w.length() >= 2 && !w.chars().allMatch(Character::isDigit))
                .forEach(w -> tf.merge(w, 1, Integer::sum));
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        tf.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(32).forEach(e -> b.add(new BoostQuery(
                new TermQuery(new Term(CaseFields.WORDS, e.getKey())), (float) (1 + Math.log(e.getValue()))), Occur.SHOULD));
        return b.build();
    }

    static Query noNumbers(CaseAnalysis analysis, String description, String field) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        analysis.bigrams(description).stream().distinct().filter(t -> !t.chars().allMatch(Character::isDigit))
                .forEach(t -> b.add(new TermQuery(new Term(field, t)), Occur.SHOULD));
        return b.build();
    }

    private static String idOf(DirectoryReader reader, int doc) {
        try {
            List<LeafReaderContext> leaves = reader.leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), CaseFields.ID);
            ids.advanceExact(doc - leaf.docBase);
            return ids.lookupOrd(ids.ordValue()).utf8ToString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void report(String name, List<Query1> queries, List<List<String>> rankings, String note) {
        double[] s = new double[5];
        for (int i = 0; i < queries.size(); i++) {
            Query1 q = queries.get(i);
            List<Integer> gains = rankings.get(i).stream().filter(q.grades()::containsKey).map(q.grades()::get).toList();
            List<Integer> ideal = q.grades().values().stream().sorted((a, b) -> b - a).toList();
            s[0] += ndcg(gains, ideal, 10);
            s[1] += ndcg(gains, ideal, 20);
            s[2] += ndcg(gains, ideal, 30);
            s[3] += gains.stream().limit(5).filter(g -> g == 3).count() / 5.0;
            double sum = 0;
            int rel = 0;
            for (int k = 0; k < gains.size(); k++) {
                if (gains.get(k) == 3) {
                    rel++;
                    sum += rel / (double) (k + 1);
                }
            }
            s[4] += rel == 0 ? 0 : sum / rel;
        }
        int n = queries.size();
        System.out.printf(Locale.ROOT, "%-60s NDCG@10 %.3f NDCG@20 %.3f NDCG@30 %.3f P@5 %.3f MAP %.3f %s%n", name, s[0] / n, s[1] / n,
                s[2] / n, s[3] / n, s[4] / n, note);
    }

    private static double ndcg(List<Integer> gains, List<Integer> ideal, int k) {
        double dcg = 0;
        double idcg = 0;
        for (int i = 0; i < k; i++) {
            double discount = Math.log(i + 2) / Math.log(2);
            dcg += i < gains.size() ? gains.get(i) / discount : 0;
            idcg += i < ideal.size() ? ideal.get(i) / discount : 0;
        }
        return idcg == 0 ? 0 : dcg / idcg;
    }

    private static String truncate(String s) {
        String t = s.strip();
        return t.length() <= 500 ? t : t.substring(0, 500);
    }

    private static String truncate100k(String s) {
        return s.length() <= CaseRecord.MAX_TEXT ? s : s.substring(0, CaseRecord.MAX_TEXT);
    }

    @SuppressWarnings("unchecked")
    private static List<Query1> queries(Path data) throws IOException {
        Map<String, Object> labels = (Map<String, Object>) new Json(Files.readString(data.resolve("labels.json"))).value();
        List<Query1> out = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("queries.jsonl"))) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> q = (Map<String, Object>) new Json(line).value();
            String id = String.valueOf(q.get("id"));
            Map<String, Integer> grades = new LinkedHashMap<>();
            ((Map<String, Object>) labels.getOrDefault(id, Map.of())).forEach((k, v) -> grades.put(k, ((Number) v).intValue()));
            out.add(new Query1(id, (String) q.get("description"), grades));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> jsonLines(Path gz) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(gz)),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank()) {
                    out.add((Map<String, Object>) new Json(line).value());
                }
            }
        }
        return out;
    }

    /** Just enough JSON for the dataset's files (the module has no JSON library). */
    private static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    skip();
                    String k = string();
                    skip();
                    i++; // :
                    m.put(k, value());
                    skip();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    skip();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            int start = i;
            while (i < s.length() && ",}] \n\t".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String lit = s.substring(start, i);
            return switch (lit) {
                case "true" -> true;
                case "false" -> false;
                case "null" -> null;
                default -> lit.contains(".") ? (Object) Double.parseDouble(lit) : (Object) Long.parseLong(lit);
            };
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++;
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c == '\\') {
                    char e = s.charAt(i++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'r' -> b.append('\r');
                        case 'b' -> b.append('\b');
                        case 'f' -> b.append('\f');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(c);
                }
            }
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
