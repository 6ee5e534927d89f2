package org.shizhi.domain.archive.port.out;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.shizhi.domain.archive.model.ArchiveHit;
import org.shizhi.domain.archive.model.ArchiveHits;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.FacetCount;
import org.shizhi.domain.archive.model.FacetKind;
import org.shizhi.domain.archive.model.SearchAfter;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.shared.SearchUnavailableException;

/**
 * A test double of the index for service tests: terms match as substrings, a description scores by the character
 * pairs it shares with a case. It can be {@link #down(boolean) switched off} like a cluster that stops answering.
 * Not an adapter: the real ones are in the search adapters and pass {@link CaseArchiveContract}.
 */
public final class SubstringCaseArchive implements CaseArchive {

    private final Clock clock;
    private final Map<CaseId, CaseRecord> records = new LinkedHashMap<>();
    private final Map<CaseId, Long> indexedAt = new HashMap<>();
    private volatile boolean down;

    public SubstringCaseArchive(Clock clock) {
        this.clock = clock;
    }

    public void down(boolean isDown) {
        down = isDown;
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
    public synchronized void index(List<CaseRecord> batch) {
        requireUp();
        for (CaseRecord r : batch) {
            records.put(r.id(), r);
            indexedAt.put(r.id(), clock.millis());
        }
    }

    @Override
    public synchronized Map<CaseId, org.shizhi.domain.archive.model.CaseTexts> texts(java.util.Collection<CaseId> ids,
                                                                                     boolean withFullText) {
        requireUp();
        Map<CaseId, org.shizhi.domain.archive.model.CaseTexts> out = new HashMap<>();
        for (CaseId id : ids) {
            CaseRecord r = records.get(id);
            if (r != null) {
                out.put(id, new org.shizhi.domain.archive.model.CaseTexts(r.facts(), r.reasoning(), r.outcome(),
                        withFullText ? r.fullText() : ""));
            }
        }
        return out;
    }

    private static String text(CaseRecord r) {
        return (r.title() + "\n" + r.facts() + "\n" + r.reasoning() + "\n" + r.outcome() + "\n" + r.fullText()).toLowerCase(Locale.ROOT);
    }

    private static Set<String> pairs(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            String p = s.substring(i, i + 2);
            if (Character.isIdeographic(p.codePointAt(0)) && Character.isIdeographic(p.codePointAt(1))) {
                out.add(p);
            }
        }
        return out;
    }

    @Override
    public synchronized ArchiveHits search(ArchiveQuery q) {
        requireUp();
        List<ArchiveHit> all = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        Set<String> wanted = q.text() instanceof SearchText.Description d ? pairs(d.text().toLowerCase(Locale.ROOT)) : Set.of();
        if (q.text() instanceof SearchText.Keywords k) {
            terms.addAll(k.positiveTerms());
        } else {
            terms.addAll(wanted);
        }
        for (CaseRecord r : records.values()) {
            if (indexedAt.get(r.id()) > q.indexedUpTo() || q.excluded().contains(r.id()) || !q.filters().admits(r)) {
                continue;
            }
            String t = text(r);
            float score;
            switch (q.text()) {
                case SearchText.Everything e -> score = 1f;
                case SearchText.Keywords k -> {
                    boolean ok = k.clauses().stream().allMatch(c -> c.excluded() != c.alternatives().stream().anyMatch(t::contains));
                    score = ok ? (float) k.positiveTerms().stream().filter(t::contains).count() : 0f;
                }
                case SearchText.Description d -> {
                    Set<String> shared = new HashSet<>(pairs(t));
                    shared.retainAll(wanted);
                    score = shared.size();
                }
            }
            if (score > 0) {
                all.add(new ArchiveHit(r.id(), score, r.closedOn().toEpochDay()));
            }
        }
        Comparator<ArchiveHit> order = q.effectiveSort() == CaseSort.NEWEST
                ? Comparator.comparingLong(ArchiveHit::closedEpochDay).reversed().thenComparing(ArchiveHit::id)
                : Comparator.comparing(ArchiveHit::score).reversed().thenComparing(ArchiveHit::id);
        all.sort(order);
        List<ArchiveHit> page = all.stream().filter(h -> q.after().map(a -> order.compare(h, hitAt(a)) > 0).orElse(true))
                .limit(q.size()).toList();
        Map<FacetKind, List<FacetCount>> facets = new HashMap<>();
        if (q.facets()) {
            Map<FacetKind, Map<String, Long>> counts = new HashMap<>();
            for (ArchiveHit h : all) {
                CaseRecord r = records.get(h.id());
                counts.computeIfAbsent(FacetKind.CASE_TYPE, k -> new TreeMap<>()).merge(r.caseType(), 1L, Long::sum);
                r.district().ifPresent(d -> counts.computeIfAbsent(FacetKind.DISTRICT, k -> new TreeMap<>()).merge(d.value(), 1L, Long::sum));
                counts.computeIfAbsent(FacetKind.YEAR, k -> new TreeMap<>()).merge(r.year().toString(), 1L, Long::sum);
                counts.computeIfAbsent(FacetKind.SOURCE, k -> new TreeMap<>()).merge(r.source().name(), 1L, Long::sum);
            }
            for (FacetKind kind : FacetKind.values()) {
                facets.put(kind, counts.getOrDefault(kind, Map.of()).entrySet().stream()
                        .map(e -> new FacetCount(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value)).toList());
            }
        }
        return new ArchiveHits(all.size(), page, facets, terms);
    }

    private static ArchiveHit hitAt(SearchAfter a) {
        return new ArchiveHit(a.id(), a.score(), a.closedEpochDay());
    }

    @Override
    public synchronized long count() {
        requireUp();
        return records.size();
    }

    @Override
    public Rebuild rebuild() {
        throw new UnsupportedOperationException("the substring double does not rebuild; the adapters do");
    }

    @Override
    public void close() {
    }
}
