package org.shizhi.domain.archive.port.in;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;

/**
 * Saved searches with alerts: a reader keeps a search (words and filters), and cases arriving later in the archive
 * (closed events and disputes through the relay, imports) that match it are listed for them as new until marked seen.
 * Permissions: {@code SAVE_CASE_SEARCHES} to keep, delete and mark seen; {@code READ_SAVED_SEARCHES} to read. A saved
 * search is its owner's alone (another reader is answered 404). The owner's city and jurisdiction hold when a case
 * is matched and again when matches are listed: a case outside the jurisdiction the owner holds now is never shown nor
 * counted, and a narrowed jurisdiction narrows what matches from then on.
 */
public interface SavedSearchUseCase {

    /** At most this many saved searches per reader. */
    int MAX_PER_OWNER = 50;

    SavedSearchView save(Actor actor, SaveSearchCommand command);

    Slice<SavedSearchView> list(Actor actor, PageRequest page);

    SavedSearchView read(Actor actor, SavedSearchId id);

    void delete(Actor actor, SavedSearchId id);

    /** The matches not yet marked seen, in order of arrival, masked as search hits are; audited as a search. */
    Slice<NewMatch> newMatches(Actor actor, SavedSearchId id, PageRequest page);

    /** Marks matches seen up to a match's {@code sequence} (all if absent); answers the search with its new count. */
    SavedSearchView markSeen(Actor actor, SavedSearchId id, OptionalLong upTo);

    /**
     * @param filters the case search's filters; {@code city} is ignored, {@code areaWithin} may only narrow the
     *                reader's jurisdiction
     */
    record SaveSearchCommand(String name, String q, SearchText.Mode mode, CaseFilters filters) {
        public SaveSearchCommand {
            Objects.requireNonNull(filters, "filters");
            if (name == null || name.isBlank()) {
                throw new InvalidValueException("name", "a saved search needs a name");
            }
            q = q == null ? "" : q.strip();
            mode = mode == null ? SearchText.Mode.AUTO : mode;
        }
    }

    /** A saved search as its owner sees it, with the count of new matches inside their jurisdiction. */
    record SavedSearchView(SavedSearchId id, String name, String q, SearchText.Mode mode, CaseFilters filters,
                           Instant createdAt, long seenUpTo, long newMatches) {
    }

    /** A new match: its place in arrival order, when it matched, and the case as a search hit shows it. */
    record NewMatch(long sequence, Instant matchedAt, CaseSummary summary) {
    }
}
