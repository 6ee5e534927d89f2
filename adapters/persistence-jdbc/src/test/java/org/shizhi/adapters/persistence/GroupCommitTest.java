package org.shizhi.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit's contract on a table of numbered members in in-memory H2: a writer returns only once its row is
 * committed and the durability step ran after that commit; writers waiting together share a transaction; a member the
 * database refuses fails alone; a failed commit or flush acknowledges nobody of its batch.
 */
class GroupCommitTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private JdbcDataSource dataSource;
    private Connection keepsDatabaseOpen;
    /** The size of every batch the rows were inserted for, in order (a retry of one member is a batch of one). */
    private final List<Integer> inserts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void table() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:group-commit-" + DATABASES.incrementAndGet());
        keepsDatabaseOpen = dataSource.getConnection();
        try (var s = keepsDatabaseOpen.createStatement()) {
            s.execute("CREATE TABLE member (id INTEGER PRIMARY KEY)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        keepsDatabaseOpen.close();
    }

    private void insert(Connection connection, List<Integer> members) throws SQLException {
        inserts.add(members.size());
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO member (id) VALUES (?)")) {
            for (int member : members) {
                s.setInt(1, member);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Committed rows as another connection sees them. */
    private boolean stored(int member) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM member WHERE id = ?")) {
            s.setInt(1, member);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int storedCount() {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM member")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyWriterFromManyThreadsReturnsOnlyOnceItsRowIsCommittedAndMadeDurable() throws Exception {
        int threads = 16;
        int writesEach = 100;
        // The durability step sees every row a writer of its batch may be told about.
        List<Integer> durableCounts = new CopyOnWriteArrayList<>();
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-commit", dataSource, this::insert,
                () -> durableCounts.add(storedCount()), 64);
             ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<List<Integer>>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * writesEach;
                writers.add(pool.submit(() -> {
                    List<Integer> missing = new ArrayList<>();
                    for (int i = first; i < first + writesEach; i++) {
                        commit.write(i);
                        if (!stored(i)) {
                            missing.add(i);
                        }
                    }
                    return missing;
                }));
            }
            for (Future<List<Integer>> writer : writers) {
                assertThat(writer.get(60, TimeUnit.SECONDS)).as("members whose writers returned before their row was committed").isEmpty();
            }
        }
        assertThat(storedCount()).isEqualTo(threads * writesEach);
        assertThat(inserts.stream().mapToInt(Integer::intValue).sum()).as("rows inserted, each once").isEqualTo(threads * writesEach);
        assertThat(durableCounts).as("one durability step per committed batch").hasSameSizeAs(inserts);
    }

    @Test
    void writersArrivingWhileABatchIsWrittenShareTheNextTransaction() throws Exception {
        CountDownLatch firstBatchMayCommit = new CountDownLatch(1);
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        GroupCommit.Rows<Integer> blockingFirst = (connection, members) -> {
            insert(connection, members);
            if (members.contains(0)) {
                firstBatchStarted.countDown();
                awaitUninterruptibly(firstBatchMayCommit);
            }
        };
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-commit", dataSource, blockingFirst, () -> { }, 64);
             ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<?>> writers = new ArrayList<>();
            writers.add(pool.submit(() -> write(commit, 0)));
            assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).as("the first writer's batch started").isTrue();
            for (int i = 1; i <= 5; i++) {
                int member = i;
                writers.add(pool.submit(() -> write(commit, member)));
            }
            awaitQueued(commit, 5); // the five queue behind the first batch
            assertThat(writers).as("no writer returns before its batch committed").noneMatch(Future::isDone);
            firstBatchMayCommit.countDown();
            for (Future<?> writer : writers) {
                writer.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(inserts).as("the first writer alone, then the five who waited together").containsExactly(1, 5);
        assertThat(storedCount()).isEqualTo(6);
    }

    @Test
    void aMemberTheDatabaseRefusesFailsAloneAndTheOthersOfItsBatchAreCommitted() throws Exception {
        insertDirectly(3); // member 3 is there already: its writer's insert is a duplicate key
        CountDownLatch firstBatchMayCommit = new CountDownLatch(1);
        CountDownLatch firstBatchStarted = new CountDownLatch(1);
        GroupCommit.Rows<Integer> blockingFirst = (connection, members) -> {
            insert(connection, members);
            if (members.contains(100)) {
                firstBatchStarted.countDown();
                awaitUninterruptibly(firstBatchMayCommit);
            }
        };
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-commit", dataSource, blockingFirst, () -> { }, 64);
             ExecutorService pool = Executors.newFixedThreadPool(6)) {
            Future<?> first = pool.submit(() -> write(commit, 100));
            assertThat(firstBatchStarted.await(10, TimeUnit.SECONDS)).as("the first writer's batch started").isTrue();
            List<Future<?>> batch = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                int member = i;
                batch.add(pool.submit(() -> write(commit, member)));
            }
            awaitQueued(commit, 5);
            firstBatchMayCommit.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (int i = 1; i <= 5; i++) {
                Future<?> writer = batch.get(i - 1);
                if (i == 3) {
                    assertThatThrownBy(() -> writer.get(10, TimeUnit.SECONDS))
                            .as("the duplicate's writer is told its row was refused")
                            .hasRootCauseInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(SqlErrors.uniqueViolation(e)).as("a duplicate key, as SqlErrors reads it").isTrue());
                } else {
                    writer.get(10, TimeUnit.SECONDS);
                    assertThat(stored(i)).as("member %d, in the batch with the duplicate", i).isTrue();
                }
            }
        }
        assertThat(storedCount()).as("100, 1 to 5, each once").isEqualTo(6);
        assertThat(inserts).as("the batch of five refused, then each of them alone").endsWith(5, 1, 1, 1, 1, 1);
    }

    @Test
    void aFailedDurabilityStepAcknowledgesNobodyOfItsBatchAndLaterWritersTryAgain() throws Exception {
        AtomicInteger steps = new AtomicInteger();
        Runnable failingFirst = () -> {
            if (steps.incrementAndGet() == 1) {
                throw new IllegalStateException("the disk is full");
            }
        };
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-commit", dataSource, this::insert, failingFirst, 64)) {
            assertThatThrownBy(() -> commit.write(1)).isInstanceOf(IllegalStateException.class).hasMessage("the disk is full");
            commit.write(2);
        }
        assertThat(stored(2)).isTrue();
    }

    @Test
    void aWriterAloneIsCommittedAtOnceAndNothingIsWrittenAfterClose() throws Exception {
        GroupCommit<Integer> commit = new GroupCommit<>("test-commit", dataSource, this::insert, () -> { }, 64);
        commit.write(7);
        assertThat(stored(7)).isTrue();
        commit.close();
        assertThatThrownBy(() -> commit.write(8)).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThat(stored(8)).isFalse();
    }

    @Test
    void writersRacingACloseAreEachEitherWrittenOrRefusedAndNoneIsLeftWaiting() throws Exception {
        GroupCommit<Integer> commit = new GroupCommit<>("test-commit", dataSource, this::insert, () -> { }, 8);
        int writers = 16;
        AtomicInteger next = new AtomicInteger();
        List<Integer> returned = new CopyOnWriteArrayList<>();
        List<Integer> refused = new CopyOnWriteArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < writers; t++) {
                running.add(pool.submit(() -> {
                    while (true) {
                        int member = next.getAndIncrement();
                        try {
                            commit.write(member);
                            returned.add(member);
                        } catch (IllegalStateException closed) {
                            refused.add(member);
                            return null;
                        }
                    }
                }));
            }
            while (returned.size() < 200) {
                Thread.sleep(1);
            }
            commit.close();
            for (Future<?> writer : running) {
                writer.get(10, TimeUnit.SECONDS); // a writer left waiting would time out here
            }
        }
        assertThat(returned).as("every member whose writer returned is stored").allMatch(this::stored);
        assertThat(refused).as("no member whose writer was refused is stored").noneMatch(this::stored);
        assertThat(storedCount()).isEqualTo(returned.size());
    }

    @Test
    void aBatchHoldsAtMostTheGivenNumberOfMembers() throws Exception {
        CountDownLatch firstBatchMayCommit = new CountDownLatch(1);
        GroupCommit.Rows<Integer> blockingFirst = (connection, members) -> {
            insert(connection, members);
            if (members.contains(0)) {
                awaitUninterruptibly(firstBatchMayCommit);
            }
        };
        try (GroupCommit<Integer> commit = new GroupCommit<>("test-commit", dataSource, blockingFirst, () -> { }, 4);
             ExecutorService pool = Executors.newFixedThreadPool(11)) {
            List<Future<?>> writers = new ArrayList<>();
            writers.add(pool.submit(() -> write(commit, 0)));
            while (inserts.isEmpty()) {
                Thread.sleep(5);
            }
            for (int i = 1; i <= 10; i++) {
                int member = i;
                writers.add(pool.submit(() -> write(commit, member)));
            }
            awaitQueued(commit, 10);
            firstBatchMayCommit.countDown();
            for (Future<?> writer : writers) {
                writer.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(inserts).as("batch sizes").allMatch(size -> size <= 4);
        assertThat(storedCount()).isEqualTo(11);
    }

    private static void awaitQueued(GroupCommit<Integer> commit, int members) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (commit.waiting() < members && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(commit.waiting()).as("members queued behind the blocked batch").isEqualTo(members);
    }

    private void insertDirectly(int member) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            insert(c, List.of(member));
        }
        inserts.clear();
    }

    private static Void write(GroupCommit<Integer> commit, int member) throws SQLException {
        commit.write(member);
        return null;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
