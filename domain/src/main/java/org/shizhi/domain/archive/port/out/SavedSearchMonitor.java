package org.shizhi.domain.archive.port.out;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SearchText;

/**
 * Saved searches held by the search backend, asked which of them a case being indexed matches: the reverse of a
 * search (Lucene's monitor, Elasticsearch's percolator). A case matches a watched search exactly when a
 * {@link CaseArchive#search search} with the same text and filters over an archive holding the case would find it
 * ({@code SavedSearchMonitorContract}). When the backend does not answer, methods throw
 * {@code SearchUnavailableException}.
 */
public interface SavedSearchMonitor extends AutoCloseable {

    String backend();

    /**
     * Watches a search (replacing what was watched under this id). {@code text} is {@link SearchText.Keywords} or
     * {@link SearchText.Everything}; a description is refused with {@code IllegalArgumentException}.
     */
    void watch(SavedSearchId id, SearchText text, CaseFilters filters);

    /** Stops watching; nothing if it was not watched. */
    void forget(SavedSearchId id);

    /** For each record matching at least one watched search, those searches. */
    Map<CaseId, Set<SavedSearchId>> match(List<CaseRecord> records);

    @Override
    void close();
}
