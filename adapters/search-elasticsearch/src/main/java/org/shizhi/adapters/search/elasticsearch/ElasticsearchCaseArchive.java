package org.shizhi.adapters.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.TermvectorsResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.termvectors.TermVector;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.analysis.FacetLists;
import org.shizhi.adapters.search.analysis.QueryPlan;
import org.shizhi.adapters.search.analysis.SimilarCases;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.model.FacetKind;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.shared.SearchUnavailableException;

/**
 * The case archive on Elasticsearch. Searches go to an alias; the index behind it is {@code <alias>-<n>}. A rebuild
 * fills a new index and moves the alias in one atomic {@code _aliases} call, then deletes the old index. The tokens
 * are the platform's ({@link CaseAnalysis}), indexed into whitespace fields, because the distribution has no CJK
 * analysis and because that makes this backend's hits those of the embedded one. Every call that cannot reach the
 * cluster becomes {@link SearchUnavailableException} naming {@code elasticsearch}.
 */
public final class ElasticsearchCaseArchive implements CaseArchive {

    public static final String BACKEND = "elasticsearch";
    private static final AtomicLong SUFFIX = new AtomicLong();

    private final ElasticsearchClient client;
    private final String alias;
    private final Clock clock;
    private final CaseAnalysis analysis = new CaseAnalysis();
    private final boolean ownsClient;
    private volatile String building;

    private ElasticsearchCaseArchive(ElasticsearchClient client, String alias, Clock clock, boolean ownsClient) {
        this.client = client;
        this.alias = alias;
        this.clock = clock;
        this.ownsClient = ownsClient;
    }

    /** The archive behind {@code alias} on this client's cluster; the alias and its first index are made if absent. */
    public static ElasticsearchCaseArchive open(ElasticsearchClient client, String alias, Clock clock) {
        ElasticsearchCaseArchive a = new ElasticsearchCaseArchive(client, alias, clock, false);
        a.ensureAlias();
        return a;
    }

    /**
     * Connects to {@code url} ({@code http://host:9200}). If the cluster does not answer now, the archive is still
     * made: searches answer 503 until it does, and the alias is created on the first successful call.
     */
    public static ElasticsearchCaseArchive connect(String url, String alias, Clock clock) {
        ElasticsearchClient client = ElasticsearchClient.of(b -> b.host(url).jsonMapper(new JacksonJsonpMapper()));
        ElasticsearchCaseArchive a = new ElasticsearchCaseArchive(client, alias, clock, true);
        try {
            a.ensureAlias();
        } catch (SearchUnavailableException down) {
            // Accepted: the platform starts; the index catches up when the cluster answers.
        }
        return a;
    }

    @Override
    public String backend() {
        return BACKEND;
    }

    /** The client this archive talks through: the saved searches' monitor matches on the same cluster. */
    ElasticsearchClient client() {
        return client;
    }

    private volatile boolean aliasKnown;

    private void ensureAlias() {
        if (aliasKnown) {
            return;
        }
        call(() -> {
            if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                String index = newIndexName();
                createIndex(index);
                client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index).alias(alias))));
            }
            aliasKnown = true;
            return null;
        });
    }

    private String newIndexName() {
        return alias + "-" + System.currentTimeMillis() + "-" + SUFFIX.incrementAndGet();
    }

    void createIndex(String index) throws IOException {
        client.indices().create(c -> c.index(index)
                // The refresh interval set, not left to its default: an index left to it goes "search idle" after 30 s
                // without a search and then skips its refreshes, so what a term-vectors call (a description's rarest
                // bigrams) or a saved search's alert reads after an import could lag what a search would see.
                .settings(s -> s.numberOfShards("1").numberOfReplicas("0").refreshInterval(t -> t.time("1s"))
                        .similarity(CaseFields.FACTS, sim -> sim.bm25(b -> b.k1((double) CaseFields.FACTS_BM25_K1)
                                .b((double) CaseFields.FACTS_BM25_B).discountOverlaps(true))))
                .mappings(m -> m
                        .meta(CaseFields.INDEX_FORMAT_KEY, JsonData.of(CaseFields.INDEX_FORMAT))
                        .properties(CaseFields.ID, p -> p.keyword(k -> k))
                        .properties(CaseFields.CITY, p -> p.keyword(k -> k))
                        .properties(CaseFields.AREA_PATH, p -> p.keyword(k -> k))
                        .properties(CaseFields.CASE_TYPE, p -> p.keyword(k -> k))
                        .properties(CaseFields.DISTRICT, p -> p.keyword(k -> k))
                        .properties(CaseFields.YEAR, p -> p.keyword(k -> k))
                        .properties(CaseFields.SOURCE, p -> p.keyword(k -> k))
                        .properties(CaseFields.TAGS, p -> p.keyword(k -> k))
                        .properties(CaseFields.OCCURRED, p -> p.long_(l -> l))
                        .properties(CaseFields.CLOSED, p -> p.long_(l -> l))
                        .properties(CaseFields.INDEXED_AT, p -> p.long_(l -> l))
                        .properties(CaseFields.BIGRAMS, p -> p.text(t -> t.analyzer("whitespace")
                                .positionIncrementGap(CaseAnalysis.POSITION_GAP)))
                        .properties(CaseFields.WORDS, p -> p.text(t -> t.analyzer("whitespace")
                                .positionIncrementGap(CaseAnalysis.POSITION_GAP)))
                        .properties(CaseFields.FACTS, p -> p.text(t -> t.analyzer("whitespace").similarity(CaseFields.FACTS)))
                        // kept in the source for snippets, neither indexed nor parsed into fields
                        .properties(CaseFields.TEXTS, p -> p.object(o -> o.enabled(false)))));
    }

    /**
     * Whether the index behind the alias is of an older format than this version writes ({@link CaseFields#INDEX_FORMAT}
     * in its mapping's {@code _meta}; none before the facts field and the kept texts). False if there is no index yet
     * or the cluster does not answer (the platform then starts, and searches answer 503).
     */
    public boolean outdated() {
        try {
            return call(() -> {
                if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
                    return false;
                }
                var mappings = client.indices().getMapping(g -> g.index(alias)).mappings();
                for (var index : mappings.values()) {
                    JsonData format = index.mappings().meta().get(CaseFields.INDEX_FORMAT_KEY);
                    if (format == null || format.to(Integer.class) < CaseFields.INDEX_FORMAT) {
                        return true;
                    }
                }
                return false;
            });
        } catch (SearchUnavailableException down) {
            return false;
        }
    }

    /** The alias the platform searches, for operators' messages. */
    public String alias() {
        return alias;
    }

    static Map<String, Object> source(CaseFields f, long indexedAt) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(CaseFields.ID, f.id());
        d.put(CaseFields.CITY, f.city());
        d.put(CaseFields.AREA_PATH, f.areaPath());
        d.put(CaseFields.CASE_TYPE, f.caseType());
        if (f.district() != null) {
            d.put(CaseFields.DISTRICT, f.district());
        }
        d.put(CaseFields.YEAR, f.year());
        d.put(CaseFields.SOURCE, f.source());
        d.put(CaseFields.TAGS, f.tags());
        d.put(CaseFields.OCCURRED, f.occurred());
        d.put(CaseFields.CLOSED, f.closed());
        d.put(CaseFields.INDEXED_AT, indexedAt);
        d.put(CaseFields.BIGRAMS, f.bigrams());
        d.put(CaseFields.WORDS, f.words());
        d.put(CaseFields.FACTS, f.facts());
        return d;
    }

    /** The long texts as they are, for {@link #texts}: a page's snippets are cut from them, not from the database. */
    private static Map<String, Object> texts(CaseRecord r) {
        return Map.of(KEPT_FACTS, r.facts(), KEPT_REASONING, r.reasoning(), KEPT_OUTCOME, r.outcome(), KEPT_FULL, r.fullText());
    }

    private static final String KEPT_FACTS = CaseFields.TEXT_FACTS.substring(CaseFields.TEXTS.length() + 1);
    private static final String KEPT_REASONING = CaseFields.TEXT_REASONING.substring(CaseFields.TEXTS.length() + 1);
    private static final String KEPT_OUTCOME = CaseFields.TEXT_OUTCOME.substring(CaseFields.TEXTS.length() + 1);
    private static final String KEPT_FULL = CaseFields.TEXT_FULL.substring(CaseFields.TEXTS.length() + 1);

    /** One ids query for the page, its source filtered to the kept texts; a case indexed without them is left out. */
    @Override
    public Map<CaseId, CaseTexts> texts(Collection<CaseId> ids, boolean withFullText) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        ensureAlias();
        List<String> wanted = ids.stream().map(CaseId::value).distinct().toList();
        SearchResponse<ObjectNode> response = call(() -> client.search(s -> s.index(alias).size(wanted.size())
                .query(q -> q.ids(i -> i.values(wanted))).source(src -> src.filter(f -> withFullText ? f.includes(CaseFields.TEXTS)
                        : f.includes(CaseFields.TEXT_FACTS, CaseFields.TEXT_REASONING, CaseFields.TEXT_OUTCOME))), ObjectNode.class));
        Map<CaseId, CaseTexts> out = new HashMap<>();
        for (Hit<ObjectNode> h : response.hits().hits()) {
            JsonNode t = h.source() == null ? null : h.source().get(CaseFields.TEXTS);
            if (t != null && t.has(KEPT_FACTS)) {
                out.put(new CaseId(h.id()), new CaseTexts(t.path(KEPT_FACTS).asText(""), t.path(KEPT_REASONING).asText(""),
                        t.path(KEPT_OUTCOME).asText(""), withFullText ? t.path(KEPT_FULL).asText("") : ""));
            }
        }
        return out;
    }

    @Override
    public void index(List<CaseRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        ensureAlias();
        List<Map<String, Object>> docs = documents(records);
        String also = building;
        call(() -> {
            bulk(alias, docs, true);
            if (also != null) {
                bulk(also, docs, false);
            }
            return null;
        });
    }

    private List<Map<String, Object>> documents(List<CaseRecord> records) {
        long now = clock.millis();
        List<Map<String, Object>> docs = new ArrayList<>(records.size());
        for (CaseRecord r : records) {
            Map<String, Object> d = source(CaseFields.of(r, analysis), now);
            d.put(CaseFields.TEXTS, texts(r));
            docs.add(d);
        }
        return docs;
    }

    private void bulk(String target, List<Map<String, Object>> docs, boolean waitForRefresh) throws IOException {
        BulkRequest.Builder b = new BulkRequest.Builder().index(target);
        if (waitForRefresh) {
            b.refresh(Refresh.WaitFor);
        }
        for (Map<String, Object> d : docs) {
            b.operations(op -> op.index(i -> i.id((String) d.get(CaseFields.ID)).document(d)));
        }
        BulkResponse response = client.bulk(b.build());
        if (response.errors()) {
            String reason = response.items().stream().filter(i -> i.error() != null).findFirst()
                    .map(i -> i.id() + ": " + i.error().reason()).orElse("unknown");
            throw new IllegalStateException("Elasticsearch refused a case record: " + reason);
        }
    }

    @Override
    public ArchiveHits search(ArchiveQuery q) {
        ensureAlias();
        QueryPlan plan = QueryPlan.of(q.text(), analysis, this::heldOrAssumed);
        Query query = ElasticsearchQueries.of(plan, q);
        if (plan instanceof QueryPlan.Similar) {
            return SimilarCases.answer(mostSimilar(query, q.facets()), q, plan.matchTerms());
        }
        boolean newest = q.effectiveSort() == CaseSort.NEWEST;
        SearchRequest.Builder r = new SearchRequest.Builder().index(alias).query(query).size(q.size()).trackTotalHits(t -> t.enabled(true))
                .source(s -> s.fetch(false)).storedFields(NO_STORED_FIELDS);
        if (newest) {
            r.sort(s -> s.field(f -> f.field(CaseFields.CLOSED).order(SortOrder.Desc)))
                    .sort(s -> s.field(f -> f.field(CaseFields.ID).order(SortOrder.Asc)));
        } else {
            r.sort(s -> s.score(sc -> sc.order(SortOrder.Desc))).sort(s -> s.field(f -> f.field(CaseFields.ID).order(SortOrder.Asc)));
        }
        q.after().ifPresent(a -> r.searchAfter(newest ? FieldValue.of(a.closedEpochDay()) : FieldValue.of((double) a.score()),
                FieldValue.of(a.id().value())));
        if (q.facets()) {
            for (Map.Entry<FacetKind, String> f : CaseFields.FACETS.entrySet()) {
                r.aggregations(f.getValue(), a -> a.terms(t -> t.field(f.getValue()).size(FacetLists.TOP)));
            }
        }
        SearchResponse<Void> response = call(() -> client.search(r.build(), Void.class));
        List<ArchiveHit> hits = new ArrayList<>();
        for (Hit<Void> h : response.hits().hits()) {
            List<FieldValue> sort = h.sort();
            float score = newest ? 0f : (float) sort.getFirst().doubleValue();
            long closed = newest ? sort.getFirst().longValue() : -1;
            hits.add(new ArchiveHit(new CaseId(sort.get(1).stringValue()), score, closed));
        }
        Map<FacetKind, Map<String, Long>> counts = new EnumMap<>(FacetKind.class);
        if (q.facets()) {
            for (Map.Entry<FacetKind, String> f : CaseFields.FACETS.entrySet()) {
                Map<String, Long> m = new HashMap<>();
                for (StringTermsBucket bucket : response.aggregations().get(f.getValue()).sterms().buckets().array()) {
                    m.put(bucket.key().stringValue(), bucket.docCount());
                }
                counts.put(f.getKey(), m);
            }
        }
        long total = response.hits().total() == null ? hits.size() : response.hits().total().value();
        return new ArchiveHits(total, hits, q.facets() ? FacetLists.of(counts) : Map.of(), plan.matchTerms());
    }

    /**
     * No stored field is read for a hit, not even {@code _id}: a case's stored fields are one compressed block with its
     * whole source (the long texts and their tokens), and a profile at 100,000 records spent 300 ms of a 356 ms fetch
     * phase decompressing those blocks for 1,000 hits to read their ids (doc values took 2 ms). The id comes from the
     * sort values instead, which hold it as the tie-break.
     */
    private static final String NO_STORED_FIELDS = "_none_";

    /**
     * The {@value CaseArchive#SIMILAR_CASES} best hits by relevance and id with the doc values a page and the facets
     * need; no exact count, so the shard may skip what cannot make the cut; no stored field ({@link #NO_STORED_FIELDS}).
     * The facet values are fetched only where the facets are asked for (the first page), the closing day always (the
     * newest-first order and the cursor need it).
     */
    private List<SimilarCases.Candidate> mostSimilar(Query query, boolean withFacets) {
        SearchRequest.Builder r = new SearchRequest.Builder().index(alias).query(query).size(CaseArchive.SIMILAR_CASES)
                .trackTotalHits(t -> t.enabled(false)).source(s -> s.fetch(false)).storedFields(NO_STORED_FIELDS)
                .sort(s -> s.score(sc -> sc.order(SortOrder.Desc))).sort(s -> s.field(f -> f.field(CaseFields.ID).order(SortOrder.Asc)))
                .docvalueFields(f -> f.field(CaseFields.CLOSED));
        if (withFacets) {
            CaseFields.FACETS.values().forEach(field -> r.docvalueFields(f -> f.field(field)));
        }
        SearchResponse<Void> response = call(() -> client.search(r.build(), Void.class));
        List<SimilarCases.Candidate> candidates = new ArrayList<>();
        for (Hit<Void> h : response.hits().hits()) {
            Map<FacetKind, String> facets = new EnumMap<>(FacetKind.class);
            CaseFields.FACETS.forEach((kind, field) -> first(h, field).ifPresent(v -> facets.put(kind, ((JsonString) v).getString())));
            long closed = first(h, CaseFields.CLOSED).map(v -> ((JsonNumber) v).longValue()).orElse(0L);
            candidates.add(new SimilarCases.Candidate(new CaseId(h.sort().get(1).stringValue()), (float) h.sort().getFirst().doubleValue(),
                    closed, facets));
        }
        return candidates;
    }

    private static Optional<JsonValue> first(Hit<Void> hit, String field) {
        JsonData values = hit.fields().get(field);
        return values == null ? Optional.empty() : values.toJson().asJsonArray().stream().findFirst();
    }

    /**
     * The statistics a description's plan asks for, without a round trip where they cannot change the plan: a
     * description with at most {@link QueryPlan#MAX_DESCRIPTION_TERMS} distinct bigrams keeps all of them whatever the
     * counts, and a bigram no case holds matches nothing and adds nothing to any score, so the hits and their scores
     * are those of the filtered plan; the clauses stay within the bound. A longer description, where the counts decide
     * which bigrams are its rarest (the ones the plan keeps, as on the embedded index), asks the cluster
     * ({@link #casesHolding}). The term-vectors call was 17 to 45 ms of a description's time on a loaded machine at
     * 100,000 records.
     */
    private Map<String, Long> heldOrAssumed(Collection<String> words) {
        if (words.size() > QueryPlan.MAX_DESCRIPTION_TERMS) {
            return casesHolding(words);
        }
        Map<String, Long> assumed = new HashMap<>();
        words.forEach(w -> assumed.put(w, 1L));
        return assumed;
    }

    /**
     * How many cases hold each facts term, in one term-vectors call on an artificial document made of the terms: its
     * {@code doc_freq} is the shard's, and the index has one shard, so it is the index's as Lucene counts it.
     */
    private Map<String, Long> casesHolding(Collection<String> words) {
        TermvectorsResponse response = call(() -> client.termvectors(t -> t.index(alias)
                .doc(Map.of(CaseFields.FACTS, List.copyOf(words))).fields(CaseFields.FACTS)
                .termStatistics(true).fieldStatistics(false).positions(false).offsets(false).payloads(false)));
        TermVector vector = response.termVectors().get(CaseFields.FACTS);
        Map<String, Long> holding = new HashMap<>();
        if (vector != null) {
            vector.terms().forEach((w, term) -> holding.put(w, term.docFreq() == null ? 0L : term.docFreq()));
        }
        return holding;
    }

    @Override
    public long count() {
        ensureAlias();
        return call(() -> client.count(c -> c.index(alias)).count());
    }

    @Override
    public Rebuild rebuild() {
        ensureAlias();
        if (building != null) {
            throw new IllegalStateException("a rebuild of " + alias + " is already running");
        }
        String index = newIndexName();
        call(() -> {
            createIndex(index);
            return null;
        });
        building = index;
        return new Rebuild() {
            private boolean done;

            @Override
            public void add(List<CaseRecord> records) {
                List<Map<String, Object>> docs = documents(records);
                call(() -> {
                    bulk(index, docs, false);
                    return null;
                });
            }

            @Override
            public void complete() {
                call(() -> {
                    client.indices().refresh(f -> f.index(index));
                    List<String> old = new ArrayList<>(client.indices().getAlias(g -> g.name(alias)).aliases().keySet());
                    client.indices().updateAliases(u -> {
                        for (String o : old) {
                            u.actions(a -> a.remove(rm -> rm.index(o).alias(alias)));
                        }
                        return u.actions(a -> a.add(add -> add.index(index).alias(alias)));
                    });
                    building = null;
                    done = true;
                    for (String o : old) {
                        client.indices().delete(d -> d.index(o));
                    }
                    return null;
                });
            }

            @Override
            public void close() {
                if (!done) {
                    building = null;
                    call(() -> {
                        client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
                        return null;
                    });
                }
            }
        };
    }

    /** Deletes the alias's indices: for tests that want no trace on a shared server. */
    public void drop() {
        call(() -> {
            if (client.indices().existsAlias(e -> e.name(alias)).value()) {
                for (String index : client.indices().getAlias(g -> g.name(alias)).aliases().keySet()) {
                    client.indices().delete(d -> d.index(index));
                }
            }
            aliasKnown = false;
            return null;
        });
    }

    @Override
    public void close() {
        if (ownsClient) {
            try {
                client.close();
            } catch (IOException e) {
                // closing a client that cannot reach its cluster is not worth a failure
            }
        }
    }

    interface Call<T> {
        T run() throws IOException;
    }

    /** Runs a call, turning "the cluster does not answer" into {@link SearchUnavailableException}. */
    <T> T call(Call<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException(BACKEND, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (ElasticsearchException e) {
            if (e.status() >= 500) {
                throw new SearchUnavailableException(BACKEND, "status " + e.status() + ": " + e.getMessage());
            }
            throw e;
        }
    }
}
