package org.shizhi.domain.archive.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SavedSearch;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SavedSearchMatch;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.TimeOrderedUuids;

/** What every {@link SavedSearches} store must do. Subclasses give an empty store. */
public abstract class SavedSearchesContract {

    private static final Instant T0 = Instant.parse("2025-03-01T02:00:00Z");
    private static final AreaCode ZHANJIANG = SampleCases.ZHANJIANG;

    private SavedSearches store;
    private int made;

    protected abstract SavedSearches emptyStore();

    @BeforeEach
    void open() {
        store = emptyStore();
    }

    private SavedSearch search(String owner, AreaCode city, AreaCode scope, String q, CaseFilters filters) {
        Instant at = T0.plusSeconds(made++);
        return new SavedSearch(new SavedSearchId(TimeOrderedUuids.at(at)), owner, city, scope, "search " + made, q,
                SearchText.Mode.KEYWORDS, filters, at, 0);
    }

    private SavedSearch saved(String owner) {
        SavedSearch s = search(owner, ZHANJIANG, ZHANJIANG, "噪音", CaseFilters.none());
        store.add(s);
        return s;
    }

    private static CaseId caseNo(int n) {
        return CaseId.ofImported(ZHANJIANG, "T-" + n);
    }

    private static SavedSearches.Found found(SavedSearch s, int n, AreaCode area) {
        return new SavedSearches.Found(s.id(), caseNo(n), area, T0.plusSeconds(1000 + n));
    }

    @Test
    void aSavedSearchIsReadBackAsSavedWithEveryFilter() {
        CaseFilters filters = CaseFilters.none().withAreaWithin(SampleCases.CHIKAN).withCaseTypes(Set.of("邻里纠纷", "物业纠纷"))
                .withSources(Set.of(CaseSource.DISPUTE, CaseSource.HISTORICAL))
                .withOccurred(Optional.of(LocalDate.of(2023, 1, 1)), Optional.of(LocalDate.of(2024, 12, 31)))
                .withClosed(Optional.of(LocalDate.of(2023, 2, 1)), Optional.empty()).withTags(Set.of("噪音", "调解成功"));
        SavedSearch s = search("auditor-1", ZHANJIANG, SampleCases.CHIKAN, "噪音 -广场舞 \"夜间施工\"", filters);
        store.add(s);

        assertThat(store.find(s.id())).contains(s);
        assertThat(store.find(new SavedSearchId(UUID.randomUUID()))).isEmpty();
        SavedSearch bare = search("auditor-1", ZHANJIANG, ZHANJIANG, "", CaseFilters.none());
        store.add(bare);
        assertThat(store.find(bare.id())).contains(bare);
    }

    @Test
    void anOwnerListsTheirOwnSearchesOfTheirCityOldestFirstInPages() {
        List<SavedSearchId> mine = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            mine.add(saved("auditor-1").id());
            saved("auditor-2");
        }
        store.add(search("auditor-1", SampleCases.CHENGDU, SampleCases.CHENGDU, "噪音", CaseFilters.none()));

        assertThat(store.countOwned(ZHANJIANG, "auditor-1")).isEqualTo(7);
        assertThat(store.owned(ZHANJIANG, "auditor-1", ZHANJIANG, PageRequest.first(100)).items())
                .extracting(c -> c.search().id()).containsExactlyElementsOf(mine);
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> store.owned(ZHANJIANG, "auditor-1", ZHANJIANG, p),
                c -> c.search().id(), 3);
        assertThat(KeysetPaging.everyPage(store::every, 4)).hasSize(15);
    }

    @Test
    void aMatchIsRecordedOnceAndIsNewUntilMarkedSeen() {
        SavedSearch s = saved("auditor-1");
        assertThat(store.record(List.of(found(s, 1, SampleCases.CHIKAN_COMMUNITY), found(s, 2, SampleCases.XIASHAN_STREET))))
                .isEqualTo(2);
        assertThat(store.record(List.of(found(s, 1, SampleCases.CHIKAN_COMMUNITY), found(s, 3, SampleCases.CHIKAN_COMMUNITY))))
                .as("case 1 again is not new").isEqualTo(1);

        List<SavedSearchMatch> fresh = store.newMatches(s.id(), ZHANJIANG, PageRequest.first(10)).items();
        assertThat(fresh).extracting(SavedSearchMatch::caseId).containsExactly(caseNo(1), caseNo(2), caseNo(3));
        assertThat(fresh).extracting(SavedSearchMatch::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(fresh.getFirst().area()).isEqualTo(SampleCases.CHIKAN_COMMUNITY);
        assertThat(fresh.getFirst().matchedAt()).isEqualTo(T0.plusSeconds(1001));
        assertThat(store.countNew(s.id(), ZHANJIANG)).isEqualTo(3);
        assertThat(store.owned(ZHANJIANG, "auditor-1", ZHANJIANG, PageRequest.first(10)).items().getFirst().newMatches()).isEqualTo(3);

        long mark = store.markSeen(s.id(), OptionalLong.of(fresh.get(1).sequence()));
        assertThat(mark).isEqualTo(fresh.get(1).sequence());
        assertThat(store.find(s.id()).orElseThrow().seenUpTo()).isEqualTo(mark);
        assertThat(store.newMatches(s.id(), ZHANJIANG, PageRequest.first(10)).items()).extracting(SavedSearchMatch::caseId)
                .containsExactly(caseNo(3));
        assertThat(store.markSeen(s.id(), OptionalLong.of(0))).as("the mark never moves back").isEqualTo(mark);
        assertThat(store.markSeen(s.id(), OptionalLong.empty())).isEqualTo(fresh.get(2).sequence());
        assertThat(store.countNew(s.id(), ZHANJIANG)).isZero();
        assertThat(store.markSeen(s.id(), OptionalLong.of(Long.MAX_VALUE))).as("not beyond the last match")
                .isEqualTo(fresh.get(2).sequence());
    }

    @Test
    void newMatchesAndTheirCountStayInsideTheAreaAsked() {
        SavedSearch s = saved("auditor-1");
        store.record(List.of(found(s, 1, SampleCases.CHIKAN_COMMUNITY), found(s, 2, SampleCases.XIASHAN_STREET),
                found(s, 3, AreaCode.of("440802002001"))));

        assertThat(store.newMatches(s.id(), SampleCases.CHIKAN, PageRequest.first(10)).items()).extracting(SavedSearchMatch::caseId)
                .containsExactly(caseNo(1), caseNo(3));
        assertThat(store.countNew(s.id(), SampleCases.CHIKAN)).isEqualTo(2);
        assertThat(store.countNew(s.id(), SampleCases.XIASHAN_STREET)).isEqualTo(1);
        assertThat(store.owned(ZHANJIANG, "auditor-1", SampleCases.CHIKAN_COMMUNITY, PageRequest.first(10)).items().getFirst()
                .newMatches()).isEqualTo(1);
    }

    @Test
    void newMatchesPageInOrderOfArrivalAndACursorHoldsWhileMatchesArrive() {
        SavedSearch s = saved("auditor-1");
        List<SavedSearches.Found> batch = new ArrayList<>();
        for (int i = 1; i <= 11; i++) {
            batch.add(found(s, i, SampleCases.CHIKAN_COMMUNITY));
        }
        store.record(batch);
        KeysetPaging.assertPagesCoverTheListOnceInOrder(p -> store.newMatches(s.id(), ZHANJIANG, p), SavedSearchMatch::caseId, 4);
        KeysetPaging.assertCursorStableWhileRecordsArrive(p -> store.newMatches(s.id(), ZHANJIANG, p), SavedSearchMatch::caseId, 4,
                () -> store.record(List.of(found(s, 12, SampleCases.CHIKAN_COMMUNITY))));
    }

    @Test
    void deletingASearchDeletesItsMatchesAndLaterMatchesOfItAreDropped() {
        SavedSearch gone = saved("auditor-1");
        SavedSearch kept = saved("auditor-1");
        store.record(List.of(found(gone, 1, ZHANJIANG), found(kept, 1, ZHANJIANG)));

        assertThat(store.delete(gone.id())).isTrue();
        assertThat(store.delete(gone.id())).isFalse();
        assertThat(store.find(gone.id())).isEmpty();
        assertThat(store.record(List.of(found(gone, 2, ZHANJIANG), found(kept, 2, ZHANJIANG)))).isEqualTo(1);
        assertThat(store.countNew(kept.id(), ZHANJIANG)).isEqualTo(2);
        assertThat(store.newMatches(gone.id(), ZHANJIANG, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void aNewScopeIsKept() {
        SavedSearch s = saved("auditor-1");
        store.rescope(s.id(), SampleCases.CHIKAN);
        assertThat(store.find(s.id()).orElseThrow().scope()).isEqualTo(SampleCases.CHIKAN);
    }
}
