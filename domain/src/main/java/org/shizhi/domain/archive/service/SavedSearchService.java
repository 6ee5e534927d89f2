package org.shizhi.domain.archive.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.PersonalDataMask;
import org.shizhi.domain.archive.model.SavedSearch;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SavedSearchMatch;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.model.Snippets;
import org.shizhi.domain.archive.port.in.CaseSummary;
import org.shizhi.domain.archive.port.in.SavedSearchUseCase;
import org.shizhi.domain.archive.port.out.AuditLog;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.archive.port.out.SavedSearchMonitor;
import org.shizhi.domain.archive.port.out.SavedSearches;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Permission;
import org.shizhi.domain.shared.SearchUnavailableException;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.TimeOrderedUuids;

/**
 * Saved searches and their alerts. The backend's {@link SavedSearchMonitor} says which saved searches a case being
 * indexed matches ({@link #alert}, called by {@link AlertingCaseArchive} right after the index took the cases); every
 * match is then checked here against the saved search as stored ({@link SavedSearch#admits}: the owner's city and
 * jurisdiction as last known), so the monitor is a fast prefilter and never the last word on who may see a case. Reads
 * check once more against the jurisdiction the owner holds at that moment.
 */
public final class SavedSearchService implements SavedSearchUseCase {

    private static final int WATCH_PAGE = 200;

    private final SavedSearches store;
    private final SavedSearchMonitor monitor;
    private final CaseRecordStore cases;
    private final AuditLog audit;
    private final Clock clock;

    public SavedSearchService(SavedSearches store, SavedSearchMonitor monitor, CaseRecordStore cases, AuditLog audit, Clock clock) {
        this.store = store;
        this.monitor = monitor;
        this.cases = cases;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public SavedSearchView save(Actor actor, SaveSearchCommand command) {
        actor.require(Permission.SAVE_CASE_SEARCHES);
        command.filters().areaWithin().ifPresent(a -> actor.requireJurisdiction(a, "area", a));
        Instant now = clock.instant();
        SavedSearch search = new SavedSearch(new SavedSearchId(TimeOrderedUuids.at(now)), actor.subject(), actor.city(),
                actor.jurisdiction(), command.name(), command.q(), command.mode(), command.filters(), now, 0);
        if (store.countOwned(actor.city(), actor.subject()) >= MAX_PER_OWNER) {
            throw new ConflictException("savedSearches", "a reader keeps at most " + MAX_PER_OWNER
                    + " saved searches; delete one first");
        }
        // Watched before it is stored: a search the monitor refused (503) is not kept as if it alerted.
        monitor.watch(search.id(), search.text(), search.watched());
        try {
            store.add(search);
        } catch (RuntimeException e) {
            monitor.forget(search.id());
            throw e;
        }
        return view(search, 0);
    }

    @Override
    public Slice<SavedSearchView> list(Actor actor, PageRequest page) {
        actor.require(Permission.READ_SAVED_SEARCHES);
        Slice<SavedSearches.Counted> owned = store.owned(actor.city(), actor.subject(), actor.jurisdiction(), page);
        owned.items().forEach(c -> rescope(c.search(), actor));
        return owned.map(c -> view(c.search().rescoped(actor.jurisdiction()), c.newMatches()));
    }

    @Override
    public SavedSearchView read(Actor actor, SavedSearchId id) {
        actor.require(Permission.READ_SAVED_SEARCHES);
        SavedSearch search = rescope(owned(actor, id), actor);
        return view(search, store.countNew(id, actor.jurisdiction()));
    }

    @Override
    public void delete(Actor actor, SavedSearchId id) {
        actor.require(Permission.SAVE_CASE_SEARCHES);
        owned(actor, id);
        store.delete(id);
        try {
            monitor.forget(id);
        } catch (SearchUnavailableException down) {
            // Its matches are dropped by the store (the search is gone), and the next start does not watch it again.
        }
    }

    @Override
    public Slice<NewMatch> newMatches(Actor actor, SavedSearchId id, PageRequest page) {
        actor.require(Permission.READ_SAVED_SEARCHES);
        SavedSearch search = rescope(owned(actor, id), actor);
        Slice<SavedSearchMatch> matches = store.newMatches(id, actor.jurisdiction(), page);
        Map<CaseId, CaseRecord> byId = cases.findAll(matches.items().stream().map(SavedSearchMatch::caseId).toList()).stream()
                .collect(Collectors.toMap(CaseRecord::id, Function.identity()));
        List<String> terms = search.text() instanceof SearchText.Keywords k ? k.positiveTerms() : List.of();
        boolean clear = actor.mayReadPersonalData();
        List<NewMatch> shown = new ArrayList<>();
        for (SavedSearchMatch m : matches.items()) {
            CaseRecord r = byId.get(m.caseId());
            // Checked again against the case itself: the owner's jurisdiction now, and the search as it stands.
            if (r != null && r.city().equals(actor.city()) && actor.answersFor(r.area()) && search.admits(r)) {
                shown.add(new NewMatch(m.sequence(), m.matchedAt(), summary(r, clear, terms)));
            }
        }
        audit.append(new AuditEvent(clock.instant(), actor.subject(), actor.roles(), actor.city(), AuditAction.SEARCH,
                "savedSearch=" + id, "q=" + search.q(), shown.size(), shown.stream().map(n -> n.summary().id().value()).toList()));
        return new Slice<>(shown, matches.next());
    }

    @Override
    public SavedSearchView markSeen(Actor actor, SavedSearchId id, OptionalLong upTo) {
        actor.require(Permission.SAVE_CASE_SEARCHES);
        SavedSearch search = rescope(owned(actor, id), actor);
        long mark = store.markSeen(id, upTo);
        SavedSearch seen = new SavedSearch(search.id(), search.owner(), search.city(), search.scope(), search.name(), search.q(),
                search.mode(), search.filters(), search.createdAt(), mark);
        return view(seen, store.countNew(id, actor.jurisdiction()));
    }

    /**
     * The indexing-time hook: asks the monitor which saved searches the freshly indexed records match and records the
     * matches their owners may see. A case indexed again is not a new match. Returns how many matches were new.
     */
    public int alert(List<CaseRecord> records) {
        if (records.isEmpty()) {
            return 0;
        }
        Map<CaseId, Set<SavedSearchId>> matched = monitor.match(records);
        if (matched.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<SavedSearchId, Optional<SavedSearch>> searches = new HashMap<>();
        List<SavedSearches.Found> found = new ArrayList<>();
        for (CaseRecord r : records) {
            for (SavedSearchId id : matched.getOrDefault(r.id(), Set.of())) {
                Optional<SavedSearch> search = searches.computeIfAbsent(id, store::find);
                if (search.isPresent() && search.get().admits(r)) {
                    found.add(new SavedSearches.Found(id, r.id(), r.area(), now));
                }
            }
        }
        return found.isEmpty() ? 0 : store.record(found);
    }

    /** Hands every stored saved search to the monitor (after a start: Lucene's monitor lives in memory). */
    public long watchAll() {
        long n = 0;
        Optional<org.shizhi.domain.shared.Position> after = Optional.empty();
        do {
            Slice<SavedSearch> page = store.every(new PageRequest(after, WATCH_PAGE));
            for (SavedSearch s : page.items()) {
                monitor.watch(s.id(), s.text(), s.watched());
                n++;
            }
            after = page.next();
        } while (after.isPresent());
        return n;
    }

    private SavedSearch owned(Actor actor, SavedSearchId id) {
        return store.find(id).filter(s -> s.city().equals(actor.city()) && s.owner().equals(actor.subject()))
                .orElseThrow(() -> new NotFoundException("saved search", id));
    }

    /**
     * The owner's jurisdiction as this call shows it becomes the search's scope, so that a narrowed jurisdiction
     * narrows what matches from now on (and a widened one widens it).
     */
    private SavedSearch rescope(SavedSearch search, Actor actor) {
        if (search.scope().equals(actor.jurisdiction())) {
            return search;
        }
        SavedSearch rescoped = search.rescoped(actor.jurisdiction());
        store.rescope(search.id(), actor.jurisdiction());
        try {
            monitor.watch(rescoped.id(), rescoped.text(), rescoped.watched());
        } catch (SearchUnavailableException down) {
            // The stored scope decides at match time (SavedSearch.admits); the monitor takes it at the next start.
        }
        return rescoped;
    }

    private static SavedSearchView view(SavedSearch s, long newMatches) {
        return new SavedSearchView(s.id(), s.name(), s.q(), s.mode(), s.filters(), s.createdAt(), s.seenUpTo(), newMatches);
    }

    private static CaseSummary summary(CaseRecord r, boolean clear, List<String> terms) {
        String body = r.facts().isEmpty() ? r.fullText() : r.facts();
        String title = clear ? r.title() : PersonalDataMask.text(r.title(), r.parties());
        String text = clear ? body : PersonalDataMask.text(body, r.parties());
        return new CaseSummary(r.id(), r.source(), r.area(), r.caseType(), title, r.occurredOn(), r.closedOn(), r.tags(),
                Snippets.of(text, terms), 0);
    }
}
