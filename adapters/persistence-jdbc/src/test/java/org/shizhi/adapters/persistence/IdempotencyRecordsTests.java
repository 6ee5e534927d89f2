package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shizhi.adapters.persistence.JdbcIdempotencyRecords.Owner;
import org.shizhi.adapters.persistence.JdbcIdempotencyRecords.Stored;

/**
 * What {@link JdbcIdempotencyRecords} keeps, on each database. (The REST adapter owns the port; its meaning — replays
 * re-read for the caller — is proven over HTTP in {@code app}.)
 */
abstract class IdempotencyRecordsTests {

    private static final Instant NOON = Instant.parse("2026-11-21T04:00:00Z");
    private static final Owner ALICE = new Owner("440800000000", "alice");
    private static final Owner ALICE_IN_CHENGDU = new Owner("510100000000", "alice");

    private JdbcIdempotencyRecords records;

    protected abstract TestDatabase database();

    @BeforeEach
    void startEmpty() {
        database().clean();
        records = database().database().idempotencyRecords();
    }

    @Test
    void aFreeKeyIsClaimedAndThenKnownAsInProgress() {
        assertThat(records.claim(ALICE, "k-1", "hash-a", NOON)).as("first claim").isEmpty();
        Stored inProgress = records.claim(ALICE, "k-1", "hash-a", NOON).orElseThrow();
        assertThat(inProgress.requestHash()).isEqualTo("hash-a");
        assertThat(inProgress.status()).as("no answer yet").isEmpty();
    }

    @Test
    void aClaimLeftUnansweredByADeadInstanceIsTakenOverByARetryAfterTheLease() {
        records.claim(ALICE, "k-1", "hash-a", NOON);
        Instant justBefore = NOON.plus(JdbcIdempotencyRecords.ABANDONED_AFTER).minusSeconds(1);
        assertThat(records.claim(ALICE, "k-1", "hash-a", justBefore)).as("a claim within its lease is still in progress")
                .hasValueSatisfying(known -> assertThat(known.status()).isEmpty());

        Instant after = NOON.plus(JdbcIdempotencyRecords.ABANDONED_AFTER).plusSeconds(1);
        assertThat(records.claim(ALICE, "k-1", "hash-b", after)).as("the retry after the lease takes the key over").isEmpty();
        assertThat(records.claim(ALICE, "k-1", "hash-b", after)).as("and holds it, with its own request")
                .hasValueSatisfying(known -> assertThat(known.requestHash()).isEqualTo("hash-b"));
    }

    @Test
    void anAnsweredKeyIsNeverTakenOverHoweverOld() {
        records.claim(ALICE, "k-1", "hash-a", NOON);
        records.answer(ALICE, "k-1", 201, Optional.of("/api/v1/events/1"), Optional.empty(), "{}");
        assertThat(records.claim(ALICE, "k-1", "hash-a", NOON.plus(Duration.ofHours(40))))
                .hasValueSatisfying(known -> assertThat(known.status()).as("the stored answer").hasValue(201));
    }

    @Test
    void anAnsweredKeyGivesBackStatusLocationETagAndBody() {
        records.claim(ALICE, "k-1", "hash-a", NOON);
        records.answer(ALICE, "k-1", 201, Optional.of("/api/v1/grids/510104022001001"), Optional.of("\"1\""), "{}");

        assertThat(records.claim(ALICE, "k-1", "hash-a", NOON.plusSeconds(60))).contains(new Stored("hash-a", OptionalInt.of(201),
                Optional.of("/api/v1/grids/510104022001001"), Optional.of("\"1\""), "{}"));
    }

    @Test
    void keysAreScopedBySubjectAndByCity() {
        records.claim(ALICE, "k-1", "hash-a", NOON);

        assertThat(records.claim(new Owner(ALICE.city(), "bob"), "k-1", "hash-b", NOON)).as("bob's own k-1").isEmpty();
        assertThat(records.claim(ALICE_IN_CHENGDU, "k-1", "hash-a", NOON))
                .as("the same account name in another city has keys of its own").isEmpty();
    }

    @Test
    void aReleasedKeyMayBeClaimedAgain() {
        records.claim(ALICE, "k-1", "hash-a", NOON);
        records.release(ALICE, "k-1");

        assertThat(records.claim(ALICE, "k-1", "hash-a", NOON)).isEmpty();
    }

    @Test
    void keysOlderThanTheCutoffAreForgottenAndYoungerOnesKept() {
        records.claim(ALICE, "old", "h", NOON.minus(Duration.ofHours(49)));
        records.claim(ALICE, "young", "h", NOON.minus(Duration.ofHours(23)));
        records.answer(ALICE, "young", 201, Optional.empty(), Optional.empty(), "{}");

        assertThat(records.forgetBefore(NOON.minus(Duration.ofHours(48)))).isEqualTo(1);
        assertThat(records.claim(ALICE, "old", "h", NOON)).as("forgotten").isEmpty();
        assertThat(records.claim(ALICE, "young", "h", NOON)).as("kept").isPresent();
    }

    @Test
    void ofConcurrentClaimsOfOneKeyExactlyOneWins() throws Exception {
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Callable<Boolean>> claims = IntStream.range(0, threads)
                    .<Callable<Boolean>>mapToObj(i -> () -> {
                        start.await();
                        return records.claim(ALICE, "race", "hash", NOON).isEmpty();
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
