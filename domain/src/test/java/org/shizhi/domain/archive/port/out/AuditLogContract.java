package org.shizhi.domain.archive.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.archive.model.AuditAction;
import org.shizhi.domain.archive.model.AuditChain;
import org.shizhi.domain.archive.model.AuditEntry;
import org.shizhi.domain.archive.model.AuditEvent;
import org.shizhi.domain.archive.model.AuditFilter;
import org.shizhi.domain.archive.model.SampleCases;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.KeysetPaging;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Role;

/** What every {@link AuditLog} adapter must do; each adapter subclasses this. */
public abstract class AuditLogContract {

    protected static final Instant AT = Instant.parse("2025-03-01T02:00:00.123456Z");
    private AuditLog log;

    protected abstract AuditLog emptyLog();

    @BeforeEach
    void startEmpty() {
        log = emptyLog();
    }

    protected static AuditEvent event(String subject, AuditAction action, int n) {
        return new AuditEvent(AT.plusSeconds(n), subject, Set.of(Role.AUDITOR), SampleCases.ZHANJIANG, action,
                "噪音 \"夜间施工\"", "mode=auto&sort=relevance", n, List.of("im-00000000-0000-4000-8000-00000000000" + (n % 10)));
    }

    @Test
    void entriesAreChainedFromTheGenesisAndReadBackUnchanged() {
        AuditEntry first = log.append(event("li.shenji", AuditAction.SEARCH, 1));
        AuditEntry second = log.append(event("li.shenji", AuditAction.READ, 2));
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(second.previousHash()).isEqualTo(first.hash());
        assertThat(second.hash()).isEqualTo(AuditChain.hash(2, first.hash(), second.event()));
        assertThat(log.chain(1, 10)).containsExactly(first, second);
        assertThat(log.head()).contains(new AuditLog.Head(2, second.hash()));
    }

    @Test
    void listingFiltersAndGoesNewestFirst() {
        for (int i = 1; i <= 5; i++) {
            log.append(event(i % 2 == 0 ? "wang" : "li", i == 5 ? AuditAction.EXPORT : AuditAction.SEARCH, i));
        }
        AuditFilter city = new AuditFilter(SampleCases.ZHANJIANG, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(log.list(city, PageRequest.first(10)).items().stream().map(AuditEntry::sequence)).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(log.list(city, PageRequest.after(new Position("4", "4"), 2)).items().stream().map(AuditEntry::sequence)).containsExactly(3L, 2L);
        AuditFilter li = new AuditFilter(SampleCases.ZHANJIANG, Optional.of("li"), Optional.of(AuditAction.SEARCH),
                Optional.of(AT.plusSeconds(2)), Optional.empty());
        assertThat(log.list(li, PageRequest.first(10)).items().stream().map(AuditEntry::sequence)).containsExactly(3L);
        AuditFilter chengdu = new AuditFilter(SampleCases.CHENGDU, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(log.list(chengdu, PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void pagesOfTheLogCoverItOnceNewestFirstAreFullUnderFiltersAndStayWhileEntriesArrive() {
        for (int i = 1; i <= 12; i++) {
            log.append(event(i % 3 == 0 ? "wang" : "li", AuditAction.SEARCH, i));
        }
        AuditFilter city = new AuditFilter(SampleCases.ZHANJIANG, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        AuditFilter wang = new AuditFilter(SampleCases.ZHANJIANG, Optional.of("wang"), Optional.empty(), Optional.empty(), Optional.empty());

        for (int size : new int[] {1, 5}) {
            KeysetPaging.assertPagesCoverTheListOnceInOrder(page -> log.list(city, page), AuditEntry::sequence, size);
        }
        assertThat(KeysetPaging.everyPage(page -> log.list(wang, page), 2)).extracting(AuditEntry::sequence)
                .as("wang's four entries among twelve, in full pages").containsExactly(12L, 9L, 6L, 3L);
        KeysetPaging.assertCursorStableWhileRecordsArrive(page -> log.list(city, page), AuditEntry::sequence, 4,
                () -> log.append(event("li", AuditAction.READ, 13)));
        assertThatThrownBy(() -> log.list(city, PageRequest.after(new Position("yesterday", "1"), 2)))
                .as("a position the log did not write").isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aStatedPurposeIsKeptAndHashedAndAnEntryWithoutOneHashesAsBefore() {
        AuditEvent plain = event("li.shenji", AuditAction.READ, 1);
        AuditEvent withPurpose = new AuditEvent(plain.at(), plain.subject(), plain.roles(), plain.city(), plain.action(),
                plain.query(), plain.filters(), plain.hitCount(), plain.ids(), "核实信访人身份");
        AuditEntry first = log.append(plain);
        AuditEntry second = log.append(withPurpose);

        assertThat(log.chain(1, 10)).as("read back as written").containsExactly(first, second);
        assertThat(second.event().purpose()).isEqualTo("核实信访人身份");
        assertThat(AuditChain.hash(2, first.hash(), withPurpose))
                .as("the purpose is part of the hash").isNotEqualTo(AuditChain.hash(2, first.hash(), plain));
    }

    @Test
    void entriesAreListedByARecordTheyName() {
        AuditEvent seenTwo = new AuditEvent(AT, "wang", Set.of(Role.GRID_WORKER), SampleCases.ZHANJIANG, AuditAction.READ,
                "residents of grid", "", 2, List.of("r-1", "r-2"));
        AuditEvent seenOne = new AuditEvent(AT.plusSeconds(1), "li", Set.of(Role.GRID_WORKER), SampleCases.ZHANJIANG, AuditAction.READ,
                "resident", "", 1, List.of("r-2"));
        AuditEvent seenOther = new AuditEvent(AT.plusSeconds(2), "li", Set.of(Role.GRID_WORKER), SampleCases.ZHANJIANG,
                AuditAction.READ, "resident", "", 1, List.of("r-12"));
        log.append(seenTwo);
        log.append(seenOne);
        log.append(seenOther);

        AuditFilter ofR2 = new AuditFilter(SampleCases.ZHANJIANG, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("r-2"));
        assertThat(log.list(ofR2, PageRequest.first(10)).items().stream().map(AuditEntry::sequence))
                .as("entries naming r-2, newest first, and not r-12").containsExactly(2L, 1L);
        AuditFilter ofR1ByLi = new AuditFilter(SampleCases.ZHANJIANG, Optional.of("li"), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("r-1"));
        assertThat(log.list(ofR1ByLi, PageRequest.first(10)).items()).as("li never saw r-1").isEmpty();
        AuditFilter inChengdu = new AuditFilter(SampleCases.CHENGDU, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("r-2"));
        assertThat(log.list(inChengdu, PageRequest.first(10)).items()).as("another city's log").isEmpty();
    }

    @Test
    void concurrentAppendsMakeOneChainWithoutGaps() throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<AuditEntry> written = Collections.synchronizedList(new ArrayList<>());
        for (int i = 1; i <= 40; i++) {
            int n = i;
            pool.submit(() -> written.add(log.append(event("t" + (n % 4), AuditAction.SEARCH, n))));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        List<AuditEntry> chain = log.chain(1, 100);
        assertThat(chain).hasSize(40);
        String previous = AuditChain.GENESIS;
        for (int i = 0; i < chain.size(); i++) {
            AuditEntry e = chain.get(i);
            assertThat(e.sequence()).isEqualTo(i + 1);
            assertThat(e.previousHash()).as("link of entry %d", e.sequence()).isEqualTo(previous);
            previous = e.hash();
        }
    }
}
