package org.shizhi.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleListener;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * Makes a write durable before the repository that made it returns, so that an answer sent after it survives a
 * {@code kill -9} of the platform.
 *
 * <p>On an embedded H2 file database a commit only changes H2's memory: H2 writes committed changes to its file in the
 * background ({@code WRITE_DELAY}, 500 ms by default). With {@code WRITE_DELAY=0} every commit writes a chunk of its
 * own, which halved intake. Here every handle that wrote waits, once it is closed (its transaction committed or rolled
 * back), for a {@link GroupFlush} of H2's store: concurrent writers share one chunk write. The store writes its chunk
 * with a plain file write, without fsync: it is in the operating system's cache when the writer returns, which a killed
 * process does not lose but a power failure can (docs/operations.md).
 *
 * <p>PostgreSQL is durable at commit by itself ({@code synchronous_commit}, on by default, is kept from being off);
 * it also groups concurrent commits into one WAL flush. An in-memory H2 database has nothing to make durable.
 */
final class DurableWrites implements HandleListener, StatementCustomizer, AutoCloseable {

    /** How long a flush may wait after the previous one started, so that more writers share it. */
    static final long FLUSH_INTERVAL_MICROS = 1_000;

    private final GroupFlush flush;
    private final Set<Connection> wrote = ConcurrentHashMap.newKeySet();

    private DurableWrites(GroupFlush flush) {
        this.flush = flush;
    }

    /**
     * Installs on {@code jdbi} what its database needs; returns the group flush to close with the pool, or nothing
     * when commits are durable as they are.
     */
    static java.util.Optional<DurableWrites> install(Jdbi jdbi, javax.sql.DataSource dataSource, boolean postgres) {
        if (postgres) {
            return java.util.Optional.empty();
        }
        try (Connection c = dataSource.getConnection()) {
            JdbcConnection h2 = c.unwrap(JdbcConnection.class);
            if (!(h2.getSession() instanceof SessionLocal local)) {
                // A database another process serves (jdbc:h2:tcp:): its store is out of reach, so every commit writes.
                try (var s = c.createStatement()) {
                    s.execute("SET WRITE_DELAY 0");
                }
                return java.util.Optional.empty();
            }
            if (!local.getDatabase().isPersistent()) {
                return java.util.Optional.empty();
            }
            MVStore store = local.getDatabase().getStore().getMvStore();
            DurableWrites durable = new DurableWrites(new GroupFlush("shizhi-h2-flush", () -> written(store),
                    FLUSH_INTERVAL_MICROS, TimeUnit.MICROSECONDS));
            jdbi.addCustomizer(durable);
            jdbi.getConfig(Handles.class).addListener(durable);
            return java.util.Optional.of(durable);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the H2 database to make its commits durable", e);
        }
    }

    /**
     * Writes what H2 holds committed in memory to its file. {@code commit} writes the unsaved changes and waits for
     * that write (and, the store's writers being single-threaded and in order, for every earlier one); when the
     * background writer has just taken them, it returns at once, so the empty file-store operation then waits for the
     * writes still queued.
     */
    private static void written(MVStore store) {
        store.commit();
        store.executeFilestoreOperation(() -> { });
    }

    /**
     * Returns once what was committed before the call is written to the file: for writes made without a Jdbi handle
     * ({@link GroupCommit}), which this listener does not see.
     */
    void awaitWritten() {
        flush.await();
    }

    /** Flushes completed so far. */
    long flushes() {
        return flush.completed();
    }

    @Override
    public void afterExecution(PreparedStatement statement, StatementContext ctx) throws SQLException {
        if (writes(ctx.getRenderedSql())) {
            wrote.add(ctx.getConnection());
        }
    }

    @Override
    public void handleClosed(Handle handle) {
        if (wrote.remove(handle.getConnection())) {
            flush.await();
        }
    }

    /** Anything but a query counts as a write (a query locking rows writes nothing but is followed by what does). */
    static boolean writes(String sql) {
        if (sql == null) {
            return true;
        }
        String start = sql.stripLeading();
        return !(start.regionMatches(true, 0, "SELECT", 0, 6) || start.toUpperCase(Locale.ROOT).startsWith("VALUES"));
    }

    @Override
    public void close() {
        flush.close();
    }
}
