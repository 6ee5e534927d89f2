package org.shizhi.adapters.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.Query;
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
 * Saved searches on Lucene's monitor module (lucene-monitor): the watched searches are held as queries in the
 * monitor's own in-memory query index, and a batch of cases is matched against them all at once, the monitor's
 * presearcher skipping every search none of the batch's terms can satisfy. The queries are exactly the archive's
 * ({@link LuceneQueries}) and the documents exactly the index's ({@link LuceneCaseArchive#document}), so a case matches
 * when a search would find it. Nothing here survives a restart: the platform watches the stored searches again at
 * start-up.
 */
public final class LuceneSavedSearchMonitor implements SavedSearchMonitor {

    private final CaseAnalysis analysis = new CaseAnalysis();
    private final Monitor monitor;

    public LuceneSavedSearchMonitor() {
        try {
            monitor = new Monitor(CaseAnalysis.WHITESPACE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open Lucene's monitor", e);
        }
    }

    @Override
    public String backend() {
        return "lucene";
    }

    @Override
    public void watch(SavedSearchId id, SearchText text, CaseFilters filters) {
        Query query = query(text, filters);
        try {
            // Registering under an id replaces the query held under it.
            monitor.register(new MonitorQuery(id.toString(), query));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register a saved search with Lucene's monitor", e);
        }
    }

    /** The archive's own query for this text and these filters, with no bound on when a case was indexed. */
    static Query query(SearchText text, CaseFilters filters) {
        if (text instanceof SearchText.Description) {
            throw new IllegalArgumentException("a pasted description ranks cases and cannot be watched");
        }
        QueryPlan plan = QueryPlan.of(text, new CaseAnalysis(), terms -> Map.of());
        ArchiveQuery asked = new ArchiveQuery(text, filters, CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE, 1, Set.of(), false);
        return LuceneQueries.of(plan, asked);
    }

    @Override
    public void forget(SavedSearchId id) {
        try {
            monitor.deleteById(id.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove a saved search from Lucene's monitor", e);
        }
    }

    @Override
    public Map<CaseId, Set<SavedSearchId>> match(List<CaseRecord> records) {
        try {
            // Analysing long texts is the cost: skipped when nothing is watched.
            if (records.isEmpty() || monitor.getQueryCount() == 0) {
                return Map.of();
            }
            Document[] docs = new Document[records.size()];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = LuceneCaseArchive.document(CaseFields.of(records.get(i), analysis), 0L);
            }
            MultiMatchingQueries<QueryMatch> matches = monitor.match(docs, QueryMatch.SIMPLE_MATCHER);
            Map<CaseId, Set<SavedSearchId>> out = new HashMap<>();
            for (int i = 0; i < docs.length; i++) {
                for (QueryMatch m : matches.getMatches(i)) {
                    out.computeIfAbsent(records.get(i).id(), k -> new LinkedHashSet<>())
                            .add(new SavedSearchId(UUID.fromString(m.getQueryId())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot match cases against the saved searches", e);
        }
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            // an in-memory query index has nothing to lose
        }
    }
}
