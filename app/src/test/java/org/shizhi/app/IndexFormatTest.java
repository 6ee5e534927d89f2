package org.shizhi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.adapters.search.analysis.CaseAnalysis;
import org.shizhi.adapters.search.analysis.CaseFields;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseTexts;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.archive.port.out.InMemoryCaseRecordStore;
import org.shizhi.domain.archive.service.ArchiveIndexing;
import org.shizhi.domain.grid.service.TestClock;

/** An embedded index of an older format is rebuilt from the database when the platform starts; a current one is left alone. */
class IndexFormatTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Instant.parse("2025-03-01T02:00:00Z"));

    @Test
    void anOutdatedEmbeddedIndexIsRebuiltFromTheStoreAtStart() throws Exception {
        Path generation = dir.resolve("g-1");
        try (FSDirectory d = FSDirectory.open(generation);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig(CaseAnalysis.WHITESPACE))) {
            for (CaseRecord r : SampleCases.ALL.subList(0, 3)) {
                writer.addDocument(LuceneCaseArchive.document(CaseFields.of(r, new CaseAnalysis()), 0));
            }
            writer.commit();
        }
        Files.writeString(dir.resolve("current"), "g-1", StandardCharsets.UTF_8);
        InMemoryCaseRecordStore store = new InMemoryCaseRecordStore();
        store.addNew(SampleCases.ALL);
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir, clock)) {
            assertThat(archive.outdated()).isTrue();
            Optional<Thread> rebuild = IndexFormat.rebuildIfOutdated(archive, new ArchiveIndexing(archive, store, clock));
            assertThat(rebuild).isPresent();
            rebuild.get().join(60_000);
            assertThat(archive.outdated()).isFalse();
            assertThat(archive.count()).isEqualTo(SampleCases.ALL.size());
            assertThat(archive.texts(List.of(SampleCases.DATA_LEAK.id()), true))
                    .containsEntry(SampleCases.DATA_LEAK.id(), CaseTexts.of(SampleCases.DATA_LEAK));
        }
    }

    @Test
    void aCurrentIndexIsNotRebuilt() {
        try (LuceneCaseArchive archive = LuceneCaseArchive.open(dir, clock)) {
            archive.index(SampleCases.ALL);
            assertThat(IndexFormat.rebuildIfOutdated(archive, new ArchiveIndexing(archive, new InMemoryCaseRecordStore(), clock))).isEmpty();
            assertThat(archive.count()).isEqualTo(SampleCases.ALL.size());
        }
    }
}
