package org.shizhi.domain.shared.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.domain.shared.port.IdempotencyRecords.Answer;
import org.shizhi.domain.shared.port.IdempotencyRecords.Known;

/** What every {@link IdempotencyRecords} adapter must do. */
public abstract class IdempotencyRecordsContract {

    private static final Instant NOON = Instant.parse("2026-11-21T04:00:00Z");
    private static final Answer CREATED = new Answer(201, Optional.of("/api/v1/areas/510104099000"), "{\"count\":1}");

    private IdempotencyRecords records;

    protected abstract IdempotencyRecords emptyRecords();

    @BeforeEach
    void startEmpty() {
        records = emptyRecords();
    }

    @Test
    void aFreeKeyIsClaimedAndThenKnownAsInProgress() {
        assertThat(records.claim("alice", "k-1", "hash-a", NOON)).as("first claim").isEmpty();
        assertThat(records.claim("alice", "k-1", "hash-a", NOON)).contains(new Known.InProgress("hash-a"));
    }

    @Test
    void anAnsweredKeyGivesBackTheFirstAnswer() {
        records.claim("alice", "k-1", "hash-a", NOON);
        records.answer("alice", "k-1", CREATED);

        assertThat(records.claim("alice", "k-1", "hash-a", NOON.plusSeconds(60))).contains(new Known.Answered("hash-a", CREATED));
    }

    @Test
    void anAnswersETagComesBackWithIt() {
        Answer withVersion = new Answer(201, Optional.of("/api/v1/grids/510104022001001"), Optional.of("\"1\""), "{}");
        records.claim("alice", "k-2", "hash-a", NOON);
        records.answer("alice", "k-2", withVersion);

        assertThat(records.claim("alice", "k-2", "hash-a", NOON)).contains(new Known.Answered("hash-a", withVersion));
    }

    @Test
    void keysAreScopedByCaller() {
        records.claim("alice", "k-1", "hash-a", NOON);

        assertThat(records.claim("bob", "k-1", "hash-b", NOON)).as("bob's own k-1").isEmpty();
    }

    @Test
    void aReleasedKeyMayBeClaimedAgain() {
        records.claim("alice", "k-1", "hash-a", NOON);
        records.release("alice", "k-1");

        assertThat(records.claim("alice", "k-1", "hash-a", NOON)).isEmpty();
    }

    @Test
    void keysOlderThanTheCutoffAreForgottenAndYoungerOnesKept() {
        records.claim("alice", "old", "h", NOON.minus(Duration.ofHours(49)));
        records.claim("alice", "young", "h", NOON.minus(Duration.ofHours(23)));

        assertThat(records.forgetBefore(NOON.minus(Duration.ofHours(48)))).isEqualTo(1);
        assertThat(records.claim("alice", "old", "h", NOON)).as("forgotten").isEmpty();
        assertThat(records.claim("alice", "young", "h", NOON)).as("kept").isPresent();
    }

    @Test
    void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Boolean>> claims = java.util.stream.IntStream.range(0, threads)
                    .<Callable<Boolean>>mapToObj(i -> () -> {
                        start.await();
                        return records.claim("alice", "race", "hash", NOON).isEmpty();
                    }).toList();
            List<Future<Boolean>> results = claims.stream().map(pool::submit).toList();
            start.countDown();
            long winners = 0;
            for (Future<Boolean> result : results) {
                winners += result.get() ? 1 : 0;
            }
            assertThat(winners).as("claims that got the key").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
