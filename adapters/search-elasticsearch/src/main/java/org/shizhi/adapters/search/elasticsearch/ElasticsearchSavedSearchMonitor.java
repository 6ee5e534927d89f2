package org.shizhi.adapters.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MsearchResponse;
import co.elastic.clients.elasticsearch.core.msearch.MultiSearchResponseItem;
import co.elastic.clients.elasticsearch.core.msearch.RequestItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.analysis.QueryPlan;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.port.out.SavedSearchMonitor;

/**
 * Saved searches on Elasticsearch, matched by the cluster's own query engine. Elasticsearch's percolator would be the
 * natural mechanism, but the distribution the build and the tests start (integ-test-zip 9.2.0) has no percolator
 * module, and the Maven registry carries the module's jar only up to 7.17 (docs/search.md): so the reverse search is
 * done the other way round in one round trip. The batch of cases is written to a scratch index with the archive's own
 * mapping and documents ({@link ElasticsearchCaseArchive#createIndex}, {@link ElasticsearchCaseArchive#source}), every
 * watched search runs in one {@code _msearch} restricted to the batch's documents, and the batch is deleted again. The
 * queries are the archive's ({@link ElasticsearchQueries}), so a case matches exactly when a search would find it. The
 * watched queries live in memory; the platform watches the stored searches again at start-up.
 */
public final class ElasticsearchSavedSearchMonitor implements SavedSearchMonitor {

    /** Searches per {@code _msearch} request. */
    private static final int SEARCHES_PER_REQUEST = 200;

    private final ElasticsearchClient client;
    private final ElasticsearchCaseArchive archive;
    private final String scratch;
    private final Clock clock;
    private final CaseAnalysis analysis = new CaseAnalysis();
    private final Map<SavedSearchId, Query> watched = new ConcurrentHashMap<>();
    private volatile boolean scratchKnown;

    /** Matches on the cluster {@code archive} lives on, in the scratch index {@code <alias>-alerts}. */
    public ElasticsearchSavedSearchMonitor(ElasticsearchClient client, ElasticsearchCaseArchive archive, String alias, Clock clock) {
        this.client = client;
        this.archive = archive;
        this.scratch = alias + "-alerts";
        this.clock = clock;
    }

    /** Matches on the cluster and with the client of {@code archive}, whose alias is {@code alias}. */
    public static ElasticsearchSavedSearchMonitor beside(ElasticsearchCaseArchive archive, String alias, Clock clock) {
        return new ElasticsearchSavedSearchMonitor(archive.client(), archive, alias, clock);
    }

    @Override
    public String backend() {
        return ElasticsearchCaseArchive.BACKEND;
    }

    @Override
    public void watch(SavedSearchId id, SearchText text, CaseFilters filters) {
        if (text instanceof SearchText.Description) {
            throw new IllegalArgumentException("a pasted description ranks cases and cannot be watched");
        }
        QueryPlan plan = QueryPlan.of(text, analysis, terms -> Map.of());
        watched.put(id, ElasticsearchQueries.of(plan, new ArchiveQuery(text, filters, CaseSort.RELEVANCE, Optional.empty(),
                Long.MAX_VALUE, 1, Set.of(), false)));
    }

    @Override
    public void forget(SavedSearchId id) {
        watched.remove(id);
    }

    @Override
    public Map<CaseId, Set<SavedSearchId>> match(List<CaseRecord> records) {
        if (records.isEmpty() || watched.isEmpty()) {
            return Map.of();
        }
        // Documents of this batch only: another batch may be matched at the same time in the same scratch index.
        String batch = UUID.randomUUID().toString();
        Map<String, CaseId> byDocument = new HashMap<>();
        List<Map<String, Object>> docs = new ArrayList<>();
        long now = clock.millis();
        for (CaseRecord r : records) {
            String doc = batch + ":" + r.id().value();
            if (byDocument.putIfAbsent(doc, r.id()) == null) {
                docs.add(ElasticsearchCaseArchive.source(CaseFields.of(r, analysis), now));
            }
        }
        List<String> ids = List.copyOf(byDocument.keySet());
        return call(() -> {
            ensureScratch();
            write(batch, docs);
            try {
                return matchAll(ids, byDocument);
            } finally {
                delete(ids);
            }
        });
    }

    private Map<CaseId, Set<SavedSearchId>> matchAll(List<String> ids, Map<String, CaseId> byDocument) throws IOException {
        Query batchOnly = Query.of(q -> q.ids(i -> i.values(ids)));
        List<Map.Entry<SavedSearchId, Query>> searches = new ArrayList<>(watched.entrySet());
        Map<CaseId, Set<SavedSearchId>> out = new HashMap<>();
        for (int from = 0; from < searches.size(); from += SEARCHES_PER_REQUEST) {
            List<Map.Entry<SavedSearchId, Query>> chunk = searches.subList(from, Math.min(searches.size(), from + SEARCHES_PER_REQUEST));
            List<RequestItem> items = new ArrayList<>(chunk.size());
            for (Map.Entry<SavedSearchId, Query> s : chunk) {
                Query q = Query.of(b -> b.bool(o -> o.must(s.getValue()).filter(batchOnly)));
                items.add(RequestItem.of(i -> i.header(h -> h.index(scratch))
                        .body(body -> body.query(q).size(ids.size()).source(src -> src.fetch(false)))));
            }
            MsearchResponse<Void> response = client.msearch(m -> m.searches(items), Void.class);
            List<MultiSearchResponseItem<Void>> answers = response.responses();
            for (int k = 0; k < answers.size(); k++) {
                MultiSearchResponseItem<Void> answer = answers.get(k);
                if (answer.isFailure()) {
                    throw new IllegalStateException("Elasticsearch refused a saved search: " + answer.failure().error().reason());
                }
                for (Hit<Void> hit : answer.result().hits().hits()) {
                    CaseId caseId = byDocument.get(hit.id());
                    if (caseId != null) {
                        out.computeIfAbsent(caseId, c -> new LinkedHashSet<>()).add(chunk.get(k).getKey());
                    }
                }
            }
        }
        return out;
    }

    private void ensureScratch() throws IOException {
        if (scratchKnown) {
            return;
        }
        if (!client.indices().exists(e -> e.index(scratch)).value()) {
            try {
                archive.createIndex(scratch);
            } catch (ElasticsearchException raced) {
                if (!client.indices().exists(e -> e.index(scratch)).value()) {
                    throw raced;
                }
            }
        }
        scratchKnown = true;
    }

    private void write(String batch, List<Map<String, Object>> docs) throws IOException {
        BulkRequest.Builder b = new BulkRequest.Builder().index(scratch).refresh(Refresh.WaitFor);
        for (Map<String, Object> d : docs) {
            b.operations(op -> op.index(i -> i.id(batch + ":" + d.get(CaseFields.ID)).document(d)));
        }
        BulkResponse response = client.bulk(b.build());
        if (response.errors()) {
            String reason = response.items().stream().filter(i -> i.error() != null).findFirst()
                    .map(i -> i.id() + ": " + i.error().reason()).orElse("unknown");
            throw new IllegalStateException("Elasticsearch refused a case to match: " + reason);
        }
    }

    private void delete(List<String> ids) throws IOException {
        BulkRequest.Builder b = new BulkRequest.Builder().index(scratch);
        for (String id : ids) {
            b.operations(op -> op.delete(d -> d.id(id)));
        }
        client.bulk(b.build());
    }

    /** Deletes the scratch index: for tests that want no trace on a shared server. */
    public void drop() {
        call(() -> {
            if (client.indices().exists(e -> e.index(scratch)).value()) {
                client.indices().delete(d -> d.index(scratch));
            }
            scratchKnown = false;
            return null;
        });
    }

    @Override
    public void close() {
        watched.clear();
    }

    /** Through the archive's own call: "the cluster does not answer" becomes {@code SearchUnavailableException}. */
    private <T> T call(ElasticsearchCaseArchive.Call<T> call) {
        return archive.call(call);
    }
}
