package org.shizhi.adapters.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.grid.service.TestClock;
import org.shizhi.domain.shared.SearchUnavailableException;

/**
 * {@code ./shizhi reindex} while the platform runs: a second opener finds the index held, builds a new generation
 * beside it, and the running archive follows the pointer; searches answer from the old generation until then.
 */
class LuceneRebuildBesideARunningPlatformTest {

    @TempDir
    Path dir;

    @Test
    void aDetachedRebuildIsTakenOverByTheRunningArchiveWithoutASearchGoingUnanswered() throws Exception {
        TestClock clock = new TestClock(Instant.parse("2025-03-01T02:00:00Z"));
        try (LuceneCaseArchive running = LuceneCaseArchive.open(dir, clock);
             LuceneCaseArchive command = LuceneCaseArchive.openOrDetached(dir, clock)) {
            running.index(SampleCases.ALL);
            assertThat(command.isDetached()).isTrue();
            assertThatThrownBy(command::count).isInstanceOf(SearchUnavailableException.class).hasMessageContaining("running platform");

            CompletableFuture<Void> rebuilt = CompletableFuture.runAsync(() -> {
                try (CaseArchive.Rebuild rebuild = command.rebuild()) {
                    rebuild.add(List.of(SampleCases.RENOVATION_NOISE, SampleCases.BAR_NOISE));
                    rebuild.complete();
                }
            });
            boolean followed = false;
            for (int i = 0; i < 200 && !followed; i++) {
                assertThat(running.count()).as("searches keep answering").isIn(7L, 2L);
                followed = running.followPointer();
                Thread.sleep(50);
            }
            rebuilt.get();
            assertThat(followed).isTrue();
            assertThat(running.count()).isEqualTo(2);
            assertThat(running.search(new ArchiveQuery(SearchText.parse("噪音", SearchText.Mode.KEYWORDS), CaseFilters.none(),
                    CaseSort.RELEVANCE, Optional.empty(), clock.millis(), 10, Set.of(), false)).total()).isEqualTo(2);
        }
    }
}
