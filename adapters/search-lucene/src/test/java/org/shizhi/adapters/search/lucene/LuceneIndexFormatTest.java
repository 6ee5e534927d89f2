package org.shizhi.adapters.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.port.out.CaseArchive;
import org.shizhi.domain.grid.service.TestClock;

/** The index says which format it holds, in its commit's user data, so that an index of an older version is known at start. */
class LuceneIndexFormatTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2025-03-01T02:00:00Z"));

    @Test
    void aNewIndexIsCurrentAndStaysSoAcrossRestarts() {
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir, clock)) {
            assertThat(archive.outdated()).isFalse();
            archive.index(SampleCases.ALL);
        }
        try (LuceneCaseArchive reopened = LuceneCaseArchive.open(dir, clock)) {
            assertThat(reopened.outdated()).isFalse();
            reopened.index(List.of(SampleCases.BAR_NOISE));
        }
        try (LuceneCaseArchive again = LuceneCaseArchive.open(dir, clock)) {
            assertThat(again.outdated()).as("a commit after a restart keeps the format").isFalse();
        }
    }

    @Test
    void anIndexBuiltBeforeTheFormatWasNamedIsOutdatedUntilRebuilt() throws Exception {
        // What an older version left: a generation with cases but no kept texts and no format in its commit.
        Path generation = dir.resolve("g-1");
        try (FSDirectory d = FSDirectory.open(generation);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(CaseAnalysis.WHITESPACE))) {
            for (CaseRecord r : SampleCases.ALL) {
                writer.addDocument(LuceneCaseArchive.document(CaseFields.of(r, new CaseAnalysis()), 0));
            }
            writer.commit();
        }
        Files.writeString(dir.resolve("current"), "g-1", StandardCharsets.UTF_8);
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir, clock)) {
            assertThat(archive.outdated()).isTrue();
            assertThat(archive.texts(List.of(SampleCases.BAR_NOISE.id()), true)).as("no texts kept").isEmpty();
            archive.index(List.of(SampleCases.NIGHT_WORKS));
            assertThat(archive.outdated()).as("indexing into it does not make it current").isTrue();
            try (CaseArchive.Rebuild rebuild = archive.rebuild()) {
                rebuild.add(SampleCases.ALL);
                rebuild.complete();
            }
            assertThat(archive.outdated()).isFalse();
            assertThat(archive.search(new ArchiveQuery(new SearchText.Description(SampleCases.CEILING_LEAK.facts()), CaseFilters.none(),
                    CaseSort.RELEVANCE, Optional.empty(), Long.MAX_VALUE, 5, Set.of(), false)).hits())
                    .as("descriptions answer from the rebuilt index").isNotEmpty();
        }
        try (LuceneCaseArchive reopened = LuceneCaseArchive.open(dir, clock)) {
            assertThat(reopened.outdated()).isFalse();
        }
    }

    @Test
    void anEmptyIndexWithoutAFormatIsSimplyStamped() throws Exception {
        Path generation = dir.resolve("g-1");
        try (FSDirectory d = FSDirectory.open(generation);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(CaseAnalysis.WHITESPACE))) {
            writer.commit();
        }
        Files.writeString(dir.resolve("current"), "g-1", StandardCharsets.UTF_8);
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir, clock)) {
            assertThat(archive.outdated()).isFalse();
            archive.index(List.of(SampleCases.BAR_NOISE));
        }
        try (LuceneCaseArchive reopened = LuceneCaseArchive.open(dir, clock)) {
            assertThat(reopened.outdated()).isFalse();
        }
    }
}
