package org.shizhi.domain.archive.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.model.SampleCases;

/** What every {@link CaseRecordStore} adapter must do; each adapter subclasses this. */
public abstract class CaseRecordStoreContract {

    protected static final Instant NOW = Instant.parse("2025-03-01T02:00:00Z");
    private CaseRecordStore store;

    protected abstract CaseRecordStore emptyStore();

    @BeforeEach
    void startEmpty() {
        store = emptyStore();
    }

    @Test
    void aStoredRecordIsReadBackWhole() {
        assertThat(store.addNew(SampleCases.ALL)).hasSize(SampleCases.ALL.size());
        for (CaseRecord r : SampleCases.ALL) {
            assertThat(store.find(r.id())).as("record %s", r.id()).contains(r);
        }
        assertThat(store.count()).isEqualTo(SampleCases.ALL.size());
        assertThat(store.findAll(List.of(SampleCases.BAR_NOISE.id(), SampleCases.DATA_LEAK.id())))
                .containsExactlyInAnyOrder(SampleCases.BAR_NOISE, SampleCases.DATA_LEAK);
    }

    @Test
    void aPageOfHitsReadsRecordsWithoutTheirLongTexts() {
        store.addNew(SampleCases.ALL);
        CaseTexts none = new CaseTexts("", "", "", "");
        assertThat(store.findAllWithoutTexts(List.of(SampleCases.BAR_NOISE.id(), SampleCases.DATA_LEAK.id(), new CaseId("hi-00000000-0000-0000-0000-000000000000"))))
                .containsExactlyInAnyOrder(SampleCases.BAR_NOISE.withTexts(none), SampleCases.DATA_LEAK.withTexts(none));
        assertThat(store.findAllWithoutTexts(List.of())).isEmpty();
    }

    @Test
    void addingARecordAgainKeepsTheFirstAndReportsNothingNew() {
        store.addNew(List.of(SampleCases.CEILING_LEAK));
        Set<CaseId> added = store.addNew(List.of(SampleCases.CEILING_LEAK, SampleCases.BAR_NOISE));
        assertThat(added).containsExactly(SampleCases.BAR_NOISE.id());
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    void knownExternalIdsAreThoseOfTheCity() {
        store.addNew(SampleCases.ALL);
        assertThat(store.knownExternalIds(SampleCases.ZHANJIANG, List.of("CK-2023-001", "CK-2099-999", "JJ-2024-042")))
                .containsExactly("CK-2023-001");
    }

    @Test
    void newRecordsWaitToBeIndexedAndClaimsAreDisjointUntilTheLeaseEnds() {
        store.addNew(SampleCases.ALL);
        assertThat(store.unindexedCount()).isEqualTo(7);
        List<CaseRecord> first = store.claimUnindexed(NOW, Duration.ofMinutes(2), 4);
        List<CaseRecord> second = store.claimUnindexed(NOW, Duration.ofMinutes(2), 10);
        assertThat(first).hasSize(4);
        assertThat(second).as("the rest, none of the first claim").hasSize(3).doesNotContainAnyElementsOf(first);
        assertThat(store.claimUnindexed(NOW.plusSeconds(60), Duration.ofMinutes(2), 10)).as("all held").isEmpty();
        store.indexed(first.stream().map(CaseRecord::id).toList());
        assertThat(store.unindexedCount()).isEqualTo(3);
        assertThat(store.claimUnindexed(NOW.plusSeconds(121), Duration.ofMinutes(2), 10))
                .as("after the lease, the unindexed ones are claimable again").containsExactlyInAnyOrderElementsOf(second);
    }

    @Test
    void recordsArrivedAfterAMarkCanBeSentBackToTheIndex() {
        store.addNew(List.of(SampleCases.CEILING_LEAK, SampleCases.BAR_NOISE));
        long mark = store.arrivalMark();
        store.addNew(List.of(SampleCases.DATA_LEAK));
        store.indexed(List.of(SampleCases.CEILING_LEAK.id(), SampleCases.BAR_NOISE.id(), SampleCases.DATA_LEAK.id()));
        assertThat(store.unindexedCount()).isZero();
        assertThat(store.unindexSince(mark)).isEqualTo(1);
        assertThat(store.claimUnindexed(NOW, Duration.ofMinutes(2), 10)).containsExactly(SampleCases.DATA_LEAK);
    }

    @Test
    void pagesWalkEveryRecordInIdOrder() {
        store.addNew(SampleCases.ALL);
        List<CaseId> walked = new ArrayList<>();
        Optional<CaseId> after = Optional.empty();
        while (true) {
            List<CaseRecord> page = store.page(after, 3);
            if (page.isEmpty()) {
                break;
            }
            page.forEach(r -> walked.add(r.id()));
            after = Optional.of(page.getLast().id());
        }
        assertThat(walked).isSorted().hasSize(7).doesNotHaveDuplicates();
    }
}
