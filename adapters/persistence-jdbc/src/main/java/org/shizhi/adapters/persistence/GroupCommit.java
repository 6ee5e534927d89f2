package org.shizhi.adapters.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Group commit of inserts: concurrent writers hand their members to {@link #write}, and one committer thread writes
 * whatever is waiting in one transaction on one connection, makes it durable, and only then lets each writer return.
 * Writers arriving while a batch is written wait for the next: under load the batches grow by themselves, and the
 * cost of a transaction, of its round trips and of its flush is shared; alone, a writer waits for no one.
 *
 * <p>The contract:
 * <ul>
 *   <li>{@link #write} returns only once the transaction holding the member has committed and {@code durable} has
 *       returned after that commit (on the embedded H2 file, the group flush: {@link DurableWrites}).</li>
 *   <li>A member whose rows the database refuses (a duplicate key, a constraint) fails alone: the batch is rolled back
 *       and its members are written again, a transaction each, so the others commit and that writer gets its own
 *       {@link SQLException}. Members are checked before they are handed here, so this is the rare case.</li>
 *   <li>When the connection, the commit or {@code durable} fails, every member of the batch gets that failure: none
 *       of them is acknowledged, though a commit that failed may have been written.</li>
 *   <li>{@link #close} writes what is waiting, then stops the committer; a write after it is refused.</li>
 * </ul>
 */
final class GroupCommit<T> implements AutoCloseable {

    /** Inserts the rows of a batch's members on a connection, inside the transaction {@link GroupCommit} commits. */
    @FunctionalInterface
    interface Rows<T> {
        void insert(Connection connection, List<T> members) throws SQLException;
    }

    private record Member<T>(T value, CompletableFuture<Void> written) {
    }

    private final DataSource dataSource;
    private final Rows<T> rows;
    private final Runnable durable;
    private final int maxBatch;
    private final LinkedBlockingQueue<Member<T>> waiting = new LinkedBlockingQueue<>();
    /** Put on the queue by {@link #close}: what is queued before it is written, then the committer stops. */
    private final Member<T> stop = new Member<>(null, new CompletableFuture<>());
    private final Thread committer;
    private volatile boolean closed;
    /** Set by the committer before it refuses what was queued after the stop, and ends. */
    private volatile boolean stopped;

    /**
     * @param durable  run after each commit; returns once what was committed survives the process being killed
     * @param maxBatch members written in one transaction at most
     */
    GroupCommit(String name, DataSource dataSource, Rows<T> rows, Runnable durable, int maxBatch) {
        if (maxBatch < 1) {
            throw new IllegalArgumentException("a batch holds at least one member, not " + maxBatch);
        }
        this.dataSource = Objects.requireNonNull(dataSource);
        this.rows = Objects.requireNonNull(rows);
        this.durable = Objects.requireNonNull(durable);
        this.maxBatch = maxBatch;
        this.committer = Thread.ofPlatform().daemon().name(name).start(this::commitWhileOpen);
    }

    /**
     * Writes the member's rows in a transaction shared with the writers waiting at the same time; returns once that
     * transaction is committed and durable. Throws the database's refusal of this member's rows, or the failure of
     * the batch's connection, commit or flush. Waits through interrupts: the member may be committed by then.
     */
    void write(T member) throws SQLException {
        if (closed) {
            throw closedNow();
        }
        Member<T> mine = new Member<>(member, new CompletableFuture<>());
        waiting.add(mine);
        // Queued after the committer's last look (a race with close(), no lock on the way of every intake): take it
        // back. If it is not there any more, the committer has it and answers it.
        if (stopped && waiting.remove(mine)) {
            throw closedNow();
        }
        try {
            mine.written().join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case SQLException refused -> throw refused;
                case RuntimeException failed -> throw failed;
                case Error error -> throw error;
                default -> throw e;
            }
        }
    }

    /** Members queued for the next batch right now. */
    int waiting() {
        return waiting.size();
    }

    private void commitWhileOpen() {
        List<Member<T>> batch = new ArrayList<>(maxBatch);
        while (true) {
            batch.add(takeUninterruptibly());
            waiting.drainTo(batch, maxBatch - 1);
            int stopAt = batch.indexOf(stop);
            if (stopAt >= 0) {
                // What was queued before close() is written; what a writer queued in a race with it is refused.
                List<Member<T>> late = new ArrayList<>(batch.subList(stopAt + 1, batch.size()));
                batch.subList(stopAt, batch.size()).clear();
                stopped = true;
                for (Member<T> more; (more = waiting.poll()) != null; ) {
                    late.add(more);
                }
                late.forEach(member -> member.written().completeExceptionally(closedNow()));
            }
            if (!batch.isEmpty()) {
                commit(batch);
                batch.clear();
            }
            if (stopAt >= 0) {
                return;
            }
        }
    }

    private Member<T> takeUninterruptibly() {
        while (true) {
            try {
                return waiting.take();
            } catch (InterruptedException ignored) {
                // Only close() stops the committer, by its stop member, after what was queued before it.
            }
        }
    }

    /** One transaction for the batch; when the database refuses a row, one per member, so that only its writer fails. */
    private void commit(List<Member<T>> batch) {
        List<Member<T>> committed = new ArrayList<>(batch.size());
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (batch.size() > 1 && insertedTogether(connection, batch)) {
                connection.commit();
                committed.addAll(batch);
            } else {
                for (Member<T> member : batch) {
                    if (insertedAlone(connection, member)) {
                        connection.commit();
                        committed.add(member);
                    }
                }
            }
        } catch (SQLException | RuntimeException | Error e) {
            // No connection, or a commit that failed: whether it was written is unknown, so nobody is answered yes.
            failAll(batch, e);
            return;
        }
        if (committed.isEmpty()) {
            return;
        }
        try {
            durable.run();
        } catch (RuntimeException | Error e) {
            failAll(committed, e);
            return;
        }
        committed.forEach(member -> member.written().complete(null));
    }

    /** True when the database took every member's rows; else the transaction is rolled back. */
    private boolean insertedTogether(Connection connection, List<Member<T>> members) throws SQLException {
        try {
            rows.insert(connection, members.stream().map(Member::value).toList());
            return true;
        } catch (SQLException | RuntimeException refused) {
            connection.rollback();
            return false;
        }
    }

    /** True when the database took the member's rows; else the transaction is rolled back and its writer refused. */
    private boolean insertedAlone(Connection connection, Member<T> member) throws SQLException {
        try {
            rows.insert(connection, List.of(member.value()));
            return true;
        } catch (SQLException | RuntimeException refused) {
            connection.rollback();
            member.written().completeExceptionally(refused);
            return false;
        }
    }

    private static IllegalStateException closedNow() {
        return new IllegalStateException("the database is closed: nothing more is written");
    }

    private static <T> void failAll(List<Member<T>> members, Throwable failure) {
        members.forEach(member -> member.written().completeExceptionally(failure));
    }

    /** Writes what writers are waiting for, then stops the committer. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        waiting.add(stop);
        try {
            committer.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
