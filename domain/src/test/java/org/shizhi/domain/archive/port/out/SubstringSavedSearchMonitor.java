package org.shizhi.domain.archive.port.out;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.shared.SearchUnavailableException;

/**
 * A monitor double for service tests, matching as {@link SubstringCaseArchive} searches (terms as substrings); it can
 * be switched off like a cluster that stops answering. Passes {@link SavedSearchMonitorContract}.
 */
public final class SubstringSavedSearchMonitor implements SavedSearchMonitor {

    private record Watched(SearchText text, CaseFilters filters) {
    }

    private final Map<SavedSearchId, Watched> watched = new LinkedHashMap<>();
    private volatile boolean down;

    public void down(boolean isDown) {
        down = isDown;
    }

    /** How many searches are watched now. */
    public synchronized int watching() {
        return watched.size();
    }

    private void requireUp() {
        if (down) {
            throw new SearchUnavailableException(backend(), "switched off by the test");
        }
    }

    @Override
    public String backend() {
        return "substring-double";
    }

    @Override
    public synchronized void watch(SavedSearchId id, SearchText text, CaseFilters filters) {
        if (text instanceof SearchText.Description) {
            throw new IllegalArgumentException("a description cannot be watched");
        }
        requireUp();
        watched.put(id, new Watched(text, filters));
    }

    @Override
    public synchronized void forget(SavedSearchId id) {
        requireUp();
        watched.remove(id);
    }

    @Override
    public synchronized Map<CaseId, Set<SavedSearchId>> match(List<CaseRecord> records) {
        requireUp();
        Map<CaseId, Set<SavedSearchId>> out = new HashMap<>();
        for (CaseRecord r : records) {
            String t = (r.title() + "\n" + r.facts() + "\n" + r.reasoning() + "\n" + r.outcome() + "\n" + r.fullText())
                    .toLowerCase(Locale.ROOT);
            watched.forEach((id, w) -> {
                boolean text = switch (w.text()) {
                    case SearchText.Everything e -> true;
                    case SearchText.Keywords k -> k.clauses().stream()
                            .allMatch(c -> c.excluded() != c.alternatives().stream().anyMatch(a -> t.contains(a.toLowerCase(Locale.ROOT))));
                    case SearchText.Description d -> false;
                };
                if (text && w.filters().admits(r)) {
                    out.computeIfAbsent(r.id(), k -> new LinkedHashSet<>()).add(id);
                }
            });
        }
        return out;
    }

    @Override
    public void close() {
    }
}
