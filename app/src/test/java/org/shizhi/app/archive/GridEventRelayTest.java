package org.shizhi.app.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shizhi.adapters.persistence.Database;
import org.shizhi.adapters.persistence.DatabaseSettings;
import org.shizhi.adapters.search.lucene.LuceneCaseArchive;
import org.shizhi.app.EmbeddedPersonalDataKeys;
import org.shizhi.domain.archive.model.ArchiveQuery;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseRecord;
import org.shizhi.domain.archive.model.CaseSort;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.service.ArchiveIndexing;
import org.shizhi.domain.archive.service.GridClosedEvents;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.grid.port.out.EventWrite;

/**
 * Closed grid events travel from the grid's outbox (in the close's transaction) through the relay into the archive's
 * store and index; two relays at once (two instances) move each record once.
 */
class GridEventRelayTest {

    @TempDir
    Path dir;

    @Test
    void closedEventsReachTheArchiveOnceEvenWithTwoRelaysAtOnce() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2025-10-02T02:00:00Z"), ZoneOffset.UTC);
        try (Database database = Database.open(DatabaseSettings.embeddedH2(dir.resolve("db"), 4),
                EmbeddedPersonalDataKeys.loadOrCreate(dir.resolve("keys")));
             LuceneCaseArchive archive = LuceneCaseArchive.open(dir.resolve("index"), clock)) {
            var events = database.gridEventRepository();
            for (int i = 0; i < 30; i++) {
                GridCode grid = i % 2 == 0 ? SampleEvents.ZONGFU_1 : SampleEvents.ZONGFU_2;
                SampleEvents.pathTo(EventState.CLOSED, grid, "第" + i + "号楼道堆放杂物，存在消防隐患。", SampleEvents.LOW,
                        Instant.parse("2025-09-26T02:00:00Z").plusSeconds(i)).forEach(t -> events.save(EventWrite.of(t)));
            }
            GridEvent open = SampleEvents.pathTo(EventState.REPORTED, SampleEvents.ZONGFU_1, "尚未办结", SampleEvents.LOW,
                    Instant.parse("2025-09-26T02:00:00Z")).getLast().event();
            assertThat(open.state()).isEqualTo(EventState.REPORTED);

            ArchiveIndexing indexing = new ArchiveIndexing(archive, database.caseRecordStore(), clock);
            ExecutorService two = Executors.newFixedThreadPool(2);
            Callable<Integer> relay = () -> {
                GridClosedEvents source = new GridClosedEvents(database.caseArchiveOutbox(), clock);
                int moved = 0;
                int n;
                while ((n = indexing.relay(source, 4)) > 0) {
                    moved += n;
                }
                return moved;
            };
            Future<Integer> a = two.submit(relay);
            Future<Integer> b = two.submit(relay);
            assertThat(a.get() + b.get()).as("each record moved by exactly one relay").isEqualTo(30);
            two.shutdown();

            assertThat(database.caseArchiveOutbox().pending(100)).as("the outbox is empty").isEmpty();
            assertThat(database.caseRecordStore().count()).isEqualTo(30);
            indexing.drain(List.of(new GridClosedEvents(database.caseArchiveOutbox(), clock)), 100);
            assertThat(archive.search(new ArchiveQuery(SearchText.parse("消防隐患", SearchText.Mode.KEYWORDS), CaseFilters.none(),
                    CaseSort.NEWEST, Optional.empty(), Long.MAX_VALUE, 100, Set.of(), false)).total()).isEqualTo(30);
            CaseRecord one = database.caseRecordStore().page(Optional.empty(), 1).getFirst();
            assertThat(one.source()).isEqualTo(CaseSource.GRID_EVENT);
            assertThat(one.id().value()).startsWith("ge-");
            assertThat(one.caseType()).as("the category label of the sample events (DISPUTE)").isEqualTo("矛盾纠纷");
            assertThat(one.city().value()).isEqualTo("510100000000");
            assertThat(CaseId.parse(one.id().value())).isEqualTo(one.id());
        }
    }
}
