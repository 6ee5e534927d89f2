package org.shizhi.domain.archive.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.port.out.CaseArchive;

/**
 * The index with the saved searches' hook at indexing time: the cases that arrive (relay, catch-up, import) are
 * handed to {@code indexed} once the index holds them. If the hook fails, {@link #index} fails, so the store does not
 * mark them indexed and the catch-up indexes and matches them again (matches are recorded once). A rebuild re-adds
 * old cases and alerts no one.
 */
public final class AlertingCaseArchive implements CaseArchive {

    private final CaseArchive index;
    private final Consumer<List<CaseRecord>> indexed;

    public AlertingCaseArchive(CaseArchive index, Consumer<List<CaseRecord>> indexed) {
        this.index = index;
        this.indexed = indexed;
    }

    @Override
    public String backend() {
        return index.backend();
    }

    @Override
    public void index(List<CaseRecord> records) {
        index.index(records);
        if (!records.isEmpty()) {
            indexed.accept(records);
        }
    }

    @Override
    public ArchiveHits search(ArchiveQuery query) {
        return index.search(query);
    }

    @Override
    public Map<CaseId, CaseTexts> texts(Collection<CaseId> ids, boolean withFullText) {
        return index.texts(ids, withFullText);
    }

    @Override
    public long count() {
        return index.count();
    }

    @Override
    public Rebuild rebuild() {
        return index.rebuild();
    }

    @Override
    public void close() {
        index.close();
    }
}
