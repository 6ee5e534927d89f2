package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The group flush's promise, on a store that counts commits and records how far each flush wrote: a writer returns
 * only once what it committed is written, writers waiting together share one flush, and a failed flush fails only
 * those waiting for it.
 */
class GroupFlushTest {

    /** Commits are numbered; a flush writes every commit made before it started. */
    private static final class CountingStore {
        final AtomicLong committed = new AtomicLong();
        final AtomicLong written = new AtomicLong();
        final AtomicInteger flushes = new AtomicInteger();

        void flush() {
            long upTo = committed.get();
            flushes.incrementAndGet();
            written.accumulateAndGet(upTo, Math::max);
        }
    }

    @Test
    void everyWriterFromManyThreadsReturnsOnlyOnceItsCommitIsWritten() throws Exception {
        CountingStore store = new CountingStore();
        int threads = 8;
        int writesEach = 300;
        try (GroupFlush flush = new GroupFlush("test-flush", store::flush, 200, TimeUnit.MICROSECONDS);
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<Long>>> unwritten = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                unwritten.add(pool.submit(() -> {
                    List<Long> notYetWritten = new ArrayList<>();
                    for (int i = 0; i < writesEach; i++) {
                        long mine = store.committed.incrementAndGet();
                        flush.await();
                        if (store.written.get() < mine) {
                            notYetWritten.add(mine);
                        }
                    }
                    return notYetWritten;
                }));
            }
            for (Future<List<Long>> writer : unwritten) {
                assertThat(writer.get(60, TimeUnit.SECONDS)).as("commits a writer was told were written but were not").isEmpty();
            }
        }
        assertThat(store.flushes.get()).as("flushes for %d writes", threads * writesEach).isPositive();
    }

    @Test
    void writersArrivingWhileAFlushRunsShareTheNextFlush() throws Exception {
        CountingStore store = new CountingStore();
        CountDownLatch firstFlushMayEnd = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        GroupFlush.Flush blockingFirst = () -> {
            if (calls.incrementAndGet() == 1) {
                firstFlushMayEnd.await();
            }
            store.flush();
        };
        try (GroupFlush flush = new GroupFlush("test-flush", blockingFirst, 0, TimeUnit.MICROSECONDS);
             ExecutorService pool = Executors.newFixedThreadPool(6)) {
            Future<?> first = pool.submit(flush::await);
            awaitWaiting(flush, 1);
            while (calls.get() < 1) {
                Thread.sleep(1); // the first flush has started: whoever comes now needs the next one
            }
            List<Future<?>> later = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                later.add(pool.submit(flush::await));
            }
            awaitWaiting(flush, 6);
            firstFlushMayEnd.countDown();
            first.get(30, TimeUnit.SECONDS);
            for (Future<?> writer : later) {
                writer.get(30, TimeUnit.SECONDS);
            }
        }
        assertThat(calls.get()).as("the five writers that came during the first flush share the second").isEqualTo(2);
    }

    @Test
    void aFailedFlushFailsTheWritersWaitingForItAndTheNextWriterGetsAFlushOfItsOwn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        GroupFlush.Flush failingFirst = () -> {
            if (calls.incrementAndGet() == 1) {
                throw new java.io.IOException("disk full");
            }
        };
        try (GroupFlush flush = new GroupFlush("test-flush", failingFirst, 0, TimeUnit.MICROSECONDS)) {
            assertThatThrownBy(flush::await).as("a writer whose flush failed is not told its commit is written")
                    .hasMessageContaining("could not write").hasMessageContaining("disk full");
            flush.await();
            assertThat(flush.completed()).as("the flush completed last is the second, the one after the failure").isEqualTo(2);
        }
    }

    @Test
    void aWriterAfterCloseIsRefusedRatherThanToldItsCommitIsWritten() {
        GroupFlush flush = new GroupFlush("test-flush", () -> { }, 0, TimeUnit.MICROSECONDS);
        flush.close();
        assertThatThrownBy(flush::await).hasMessageContaining("closed before a commit reached its file");
    }

    private static void awaitWaiting(GroupFlush flush, int writers) throws InterruptedException {
        while (flush.waiting() < writers) {
            Thread.sleep(1);
        }
    }
}
