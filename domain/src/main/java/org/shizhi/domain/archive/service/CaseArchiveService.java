package org.shizhi.domain.archive.service;

import org.shizhi.domain.shared.Permission;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.model.Party;
import org.shizhi.domain.archive.model.PersonalDataMask;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.model.Snippets;
import org.shizhi.domain.archive.port.in.ArchiveCasesUseCase;
import org.shizhi.domain.archive.port.in.CaseSearch;
import org.shizhi.domain.archive.port.in.CaseSearchResult;
import org.shizhi.domain.archive.port.in.CaseSummary;
import org.shizhi.domain.archive.port.in.CaseView;
import org.shizhi.domain.archive.port.in.PartyView;
import org.shizhi.domain.archive.port.in.SearchCasesUseCase;
import org.shizhi.domain.archive.port.out.AuditLog;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.archive.port.out.CaseRecordStore;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.AccessDeniedException;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.SearchUnavailableException;

/**
 * The archive's reading side and its imports. Masking and highlighting happen here, above the {@link CaseArchive}
 * port, so that both backends show exactly the same thing and a highlight never reveals what masking hides. Every
 * search, read and export is appended to the {@link AuditLog} before the answer leaves.
 */
public final class CaseArchiveService implements SearchCasesUseCase, ArchiveCasesUseCase {

    /** A similar-case search reads this much of the case's own text. */
    static final int SIMILAR_TEXT = 2_000;
    private static final int EXPORT_PAGE = 100;

    private final CaseArchive archive;
    private final CaseRecordStore store;
    private final AuditLog audit;
    private final Clock clock;

    public CaseArchiveService(CaseArchive archive, CaseRecordStore store, AuditLog audit, Clock clock) {
        this.archive = archive;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public CaseSearchResult search(Actor actor, CaseSearch search) {
        actor.require(Permission.SEARCH_CASES);
        Page page = page(actor, search, search.cursor(), search.limit(), true, Read.SNIPPET_TEXTS_FROM_INDEX);
        audit.append(new AuditEvent(clock.instant(), actor.subject(), actor.roles(), actor.city(), AuditAction.SEARCH,
                queryText(search), describe(search), page.hits.total(), page.ids()));
        PersonalData shown = PersonalData.shownAs(actor.mayReadPersonalData());
        List<CaseSummary> items = new ArrayList<>();
        for (int i = 0; i < page.records.size(); i++) {
            CaseRecord r = page.records.get(i);
            items.add(summary(r, page.scores.get(i), shown, search.highlight() ? page.hits.matchTerms() : List.of(),
                    page.snippetsInFullText.contains(r.id())));
        }
        return new CaseSearchResult(page.hits.total(), items, page.hits.facets(), page.nextCursor);
    }

    @Override
    public CaseView read(Actor actor, CaseId id) {
        actor.require(Permission.SEARCH_CASES);
        CaseRecord r = visible(actor, id);
        audit.append(new AuditEvent(clock.instant(), actor.subject(), actor.roles(), actor.city(), AuditAction.READ,
                "", "", 1, List.of(id.value())));
        return view(r, actor.mayReadPersonalData());
    }

    @Override
    public long export(Actor actor, CaseSearch search, Consumer<CaseView> rows) {
        actor.require(Permission.EXPORT_CASES);
        List<CaseView> views = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        long total = 0;
        do {
            int size = Math.min(EXPORT_PAGE, MAX_EXPORT - views.size());
            Page page = page(actor, search, cursor, size, false, Read.WHOLE_RECORDS);
            total = page.hits.total();
            for (CaseRecord r : page.records) {
                views.add(view(r, actor.mayReadPersonalData()));
                ids.add(r.id().value());
            }
            cursor = page.nextCursor;
        } while (cursor.isPresent() && views.size() < MAX_EXPORT);
        // The entry is written before any row leaves, so no export goes unrecorded.
        audit.append(new AuditEvent(clock.instant(), actor.subject(), actor.roles(), actor.city(), AuditAction.EXPORT,
                queryText(search), describe(search), total, ids));
        views.forEach(rows);
        return views.size();
    }

    @Override
    public Imported importCases(Actor actor, List<CaseRecord> records) {
        actor.require(Permission.IMPORT_CASES);
        for (CaseRecord r : records) {
            if (!r.city().equals(actor.city())) {
                throw new AccessDeniedException("the caller imports for city " + actor.city() + ", not for " + r.city());
            }
        }
        Set<CaseId> stored = store.addNew(records);
        List<CaseRecord> fresh = records.stream().filter(r -> stored.contains(r.id())).toList();
        if (!fresh.isEmpty()) {
            try {
                archive.index(fresh);
                store.indexed(stored);
            } catch (SearchUnavailableException down) {
                // Stored is what counts: the catch-up indexes them when the backend returns.
            }
        }
        return new Imported(stored.size(), records.size() - stored.size());
    }

    @Override
    public Set<String> alreadyImported(Actor actor, List<String> externalIds) {
        actor.require(Permission.IMPORT_CASES);
        return store.knownExternalIds(actor.city(), externalIds);
    }

    /** {@code snippetsInFullText}: the hits whose snippet is looked for in the full text too (see {@link #summary}). */
    private record Page(ArchiveHits hits, List<CaseRecord> records, List<Float> scores, Optional<String> nextCursor,
                        Set<CaseId> snippetsInFullText) {
        List<String> ids() {
            return records.stream().map(r -> r.id().value()).toList();
        }
    }

    /** What a page reads of its hits: an export shows whole records; a search only cuts snippets from the texts. */
    private enum Read { WHOLE_RECORDS, SNIPPET_TEXTS_FROM_INDEX }

    private Page page(Actor actor, CaseSearch search, Optional<String> cursorText, int size, boolean facets, Read read) {
        CaseFilters filters = scoped(actor, search.filters());
        SearchText text;
        Set<CaseId> excluded = Set.of();
        if (search.similarTo().isPresent()) {
            CaseRecord like = visible(actor, search.similarTo().get());
            text = new SearchText.Description(similarText(like));
            excluded = Set.of(like.id());
        } else {
            text = SearchText.parse(search.q(), search.mode());
        }
        int fingerprint = Objects.hash(search.q(), search.mode(), search.similarTo(), filters, search.sort());
        Optional<SearchCursor> cursor = cursorText.map(c -> SearchCursor.decode(c, fingerprint));
        long upTo = cursor.map(SearchCursor::indexedUpTo).orElseGet(clock::millis);
        ArchiveQuery query = new ArchiveQuery(text, filters, search.sort(), cursor.map(SearchCursor::after), upTo, size,
                excluded, cursor.isEmpty() && facets);
        ArchiveHits hits = archive.search(query);
        List<CaseId> ids = hits.hits().stream().map(ArchiveHit::id).toList();
        Set<CaseId> inFullText = new java.util.HashSet<>();
        Map<CaseId, CaseRecord> byId = (read == Read.WHOLE_RECORDS ? store.findAll(ids)
                : withIndexedTexts(store.findAllWithoutTexts(ids), hits.matchTerms(), inFullText))
                .stream().collect(Collectors.toMap(CaseRecord::id, Function.identity()));
        List<CaseRecord> records = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (ArchiveHit hit : hits.hits()) {
            CaseRecord r = byId.get(hit.id());
            // The index is derived: a hit the store does not know (yet) is not shown, nor one outside the scope.
            if (r != null && filters.admits(r)) {
                records.add(r);
                scores.add(hit.score());
            }
        }
        Optional<String> next = hits.hits().size() == size
                ? Optional.of(new SearchCursor(hits.hits().getLast().after(), upTo, fingerprint).encode())
                : Optional.empty();
        return new Page(hits, records, scores, next, inFullText);
    }

    /**
     * The records completed with the long texts the index keeps, so that a page of hits never reads whole judgments
     * from the database: first without the full texts, then the full text of those whose snippet reaches it (no facts,
     * or no matched term in facts, reasoning and outcome: see {@link #summary}); the others keep an empty full text,
     * which their snippet does not read. A record the index holds without texts (an index built before it kept them)
     * is read whole from the store. Records are never changed once stored, so the index's copy is the store's. The ids
     * of those whose snippet reaches the full text go to {@code inFullText}: the check is made here, once per hit.
     */
    private List<CaseRecord> withIndexedTexts(List<CaseRecord> headings, List<String> terms, Set<CaseId> inFullText) {
        if (headings.isEmpty()) {
            return headings;
        }
        Map<CaseId, CaseTexts> texts = archive.texts(headings.stream().map(CaseRecord::id).toList(), false);
        List<CaseId> needFullText = new ArrayList<>();
        for (CaseRecord r : headings) {
            CaseTexts t = texts.get(r.id());
            if (t != null && snippetInFullText(t.facts(), t.reasoning(), t.outcome(), terms)) {
                needFullText.add(r.id());
            }
        }
        inFullText.addAll(needFullText);
        Map<CaseId, CaseTexts> whole = needFullText.isEmpty() ? Map.of() : archive.texts(needFullText, true);
        List<CaseRecord> out = new ArrayList<>(headings.size());
        List<CaseId> missing = new ArrayList<>();
        for (CaseRecord r : headings) {
            CaseTexts t = whole.getOrDefault(r.id(), inFullText.contains(r.id()) ? null : texts.get(r.id()));
            if (t == null) {
                missing.add(r.id());
            } else {
                out.add(r.withTexts(t));
            }
        }
        if (!missing.isEmpty()) {
            for (CaseRecord r : store.findAll(missing)) {
                if (snippetInFullText(r.facts(), r.reasoning(), r.outcome(), terms)) {
                    inFullText.add(r.id());
                }
                out.add(r);
            }
        }
        return out;
    }

    /** The reader's city always; their jurisdiction, or a narrower area inside it. */
    private static CaseFilters scoped(Actor actor, CaseFilters asked) {
        CaseFilters f = asked.withCity(actor.city());
        if (asked.areaWithin().isPresent()) {
            // Outside the jurisdiction is answered as absent, as everywhere: whether the area exists does not leak.
            actor.requireJurisdiction(asked.areaWithin().get(), "area", asked.areaWithin().get());
            return f;
        }
        return f.withAreaWithin(actor.jurisdiction());
    }

    private CaseRecord visible(Actor actor, CaseId id) {
        return store.find(id)
                .filter(r -> r.city().equals(actor.city()) && actor.answersFor(r.area()))
                .orElseThrow(() -> new NotFoundException("case", id));
    }

    private static String similarText(CaseRecord r) {
        String text = r.title() + "\n" + r.facts() + "\n" + (r.facts().isEmpty() ? r.fullText() : "");
        return text.length() > SIMILAR_TEXT ? text.substring(0, SIMILAR_TEXT) : text;
    }

    /**
     * A record's snippet is cut from its facts, reasoning and outcome, and from its full text as well when it has no
     * facts or none of {@code terms} occurs in those ({@code inFullText}, decided once by {@link #snippetInFullText}).
     */
    private static CaseSummary summary(CaseRecord r, float score, PersonalData shown, List<String> terms, boolean inFullText) {
        String title = shown.isClear() ? r.title() : PersonalDataMask.text(r.title(), r.parties());
        String body = r.facts().isEmpty() ? r.fullText() : r.facts() + "\n" + r.reasoning() + "\n" + r.outcome()
                + (inFullText ? "\n" + r.fullText() : "");
        String visibleBody = shown.isClear() ? body : PersonalDataMask.text(body, r.parties());
        return new CaseSummary(r.id(), r.source(), r.area(), r.caseType(), title, r.occurredOn(), r.closedOn(), r.tags(),
                Snippets.of(visibleBody, terms), score);
    }

    /** Whether a snippet needs the full text: no facts, or none of {@code terms} in the facts, reasoning and outcome. */
    private static boolean snippetInFullText(String facts, String reasoning, String outcome, List<String> terms) {
        if (facts.isEmpty()) {
            return true;
        }
        if (terms.isEmpty()) {
            return false;
        }
        List<String> lowerTerms = terms.stream().map(t -> t.toLowerCase(java.util.Locale.ROOT)).toList();
        for (String text : List.of(facts, reasoning, outcome)) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            if (lowerTerms.stream().anyMatch(lower::contains)) {
                return false;
            }
        }
        return true;
    }

    static CaseView view(CaseRecord r, boolean clear) {
        PersonalData shown = PersonalData.shownAs(clear);
        List<PartyView> parties = r.parties().stream().map(p -> new PartyView(
                p.kind() == Party.Kind.PERSON ? shown.name(p.name()) : p.name(), p.role(),
                p.idNumber().map(shown::idNumber), shown.phone(p.phone()), p.kind())).toList();
        Function<String, String> text = clear ? Function.identity() : t -> PersonalDataMask.text(t, r.parties());
        return new CaseView(r.id(), r.source(), r.externalId(), r.city(), r.area(), r.caseType(), text.apply(r.title()),
                text.apply(r.facts()), text.apply(r.reasoning()), text.apply(r.outcome()), text.apply(r.fullText()), parties,
                r.occurredOn(), r.closedOn(), r.tags());
    }

    private static String queryText(CaseSearch s) {
        return s.similarTo().map(id -> "similarTo=" + id).orElse(s.q());
    }

    /** The filters as the audit keeps them: stable, readable, only what was asked. */
    static String describe(CaseSearch s) {
        Map<String, String> parts = new LinkedHashMap<>();
        CaseFilters f = s.filters();
        parts.put("mode", s.mode().name().toLowerCase(java.util.Locale.ROOT));
        parts.put("sort", s.sort().name().toLowerCase(java.util.Locale.ROOT));
        f.areaWithin().ifPresent(a -> parts.put("area", a.prefix()));
        if (!f.caseTypes().isEmpty()) {
            parts.put("caseType", String.join(",", f.caseTypes().stream().sorted().toList()));
        }
        if (!f.sources().isEmpty()) {
            parts.put("source", f.sources().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        }
        f.occurredFrom().ifPresent(d -> parts.put("occurredFrom", d.toString()));
        f.occurredTo().ifPresent(d -> parts.put("occurredTo", d.toString()));
        f.closedFrom().ifPresent(d -> parts.put("closedFrom", d.toString()));
        f.closedTo().ifPresent(d -> parts.put("closedTo", d.toString()));
        if (!f.tags().isEmpty()) {
            parts.put("tag", String.join(",", f.tags().stream().sorted().toList()));
        }
        s.cursor().ifPresent(c -> parts.put("cursor", "yes"));
        return parts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
    }
}
