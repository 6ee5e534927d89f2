package org.shizhi.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.shared.WorkingTime;

/**
 * {@code grid_event_month_tally} (V280): the area indicators' counts of grid events per community, month and measure,
 * changed in the transaction of every change to an event (new minus old, so a reopened, merged or corrected event moves
 * its counts with it) and rebuilt from {@code grid_event} when {@code grid_event_month_tally_rebuild} asks for it. The
 * migration's comment says what each measure counts; {@link Counted#addTo} is that definition in Java, {@link #rebuild}
 * the same in SQL, and the contract tests hold the two to the same counts.
 */
final class GridEventMonthTally {

    /** The columns of {@code grid_event} a tally counts, in the order {@link Counted#read} reads them. */
    static final String COUNTED_COLUMNS = "community_code, state, merged_into, deadline_passes_at, closed_at, closed_working_days, "
            + "verdict_at, verdict_satisfaction";

    enum Measure { DUE, CLOSED, VERDICT }

    /** A row of the tally; ordered, so that every transaction changes rows in one order and none waits on another in a cycle. */
    record Key(String community, Measure measure, int month, int detail) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::community).thenComparing(Key::measure)
                .thenComparingInt(Key::month).thenComparingInt(Key::detail);

        @Override
        public int compareTo(Key other) {
            return ORDER.compare(this, other);
        }
    }

    /** What one stored event counts for, from the values of {@link #COUNTED_COLUMNS}. */
    record Counted(String community, String state, boolean merged, Instant deadline, Instant closedAt, Integer closedWorkingDays,
                   Instant verdictAt, Integer satisfaction) {

        /** The event as the store writes it, with the working days to close it is stored with. */
        static Counted of(GridEvent event, Integer closedWorkingDays) {
            return new Counted(event.grid().community().toString(), event.state().name(), event.mergedInto().isPresent(),
                    event.deadline().passesAt(), event.closedAt().orElse(null), closedWorkingDays,
                    event.verdict().map(v -> v.at()).orElse(null), event.verdict().map(v -> v.satisfaction()).orElse(null));
        }

        /** The event as stored, from a row of {@link #COUNTED_COLUMNS}. */
        static Counted read(ResultSet rs) throws SQLException {
            int days = rs.getInt("closed_working_days");
            Integer closedWorkingDays = rs.wasNull() ? null : days;
            int satisfaction = rs.getInt("verdict_satisfaction");
            Integer verdictSatisfaction = rs.wasNull() ? null : satisfaction;
            return new Counted(rs.getString("community_code"), rs.getString("state"), rs.getObject("merged_into") != null,
                    SqlValues.instant(rs, "deadline_passes_at"), SqlValues.optionalInstant(rs, "closed_at").orElse(null),
                    closedWorkingDays, SqlValues.optionalInstant(rs, "verdict_at").orElse(null), verdictSatisfaction);
        }

        /** Adds {@code sign} times what the event counts for to {@code changes}. */
        void addTo(Changes changes, int sign) {
            // As the store compares them: instants are stored to the microsecond.
            Instant due = micros(deadline);
            Instant closed = micros(closedAt);
            if (!merged && !EventState.REJECTED.name().equals(state)) {
                changes.add(new Key(community, Measure.DUE, month(due), closed == null ? 0 : month(closed)), sign, 0);
            }
            if (closed != null && !merged) {
                changes.add(new Key(community, Measure.CLOSED, month(closed), closedWorkingDays == null ? -1 : closedWorkingDays),
                        sign, closed.compareTo(due) <= 0 ? sign : 0);
            }
            if (verdictAt != null && satisfaction != null) {
                changes.add(new Key(community, Measure.VERDICT, month(micros(verdictAt)), 0), sign, satisfaction >= 4 ? sign : 0);
            }
        }

        private static Instant micros(Instant at) {
            return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
        }
    }

    /** The month in China of an instant, as yyyymm: the tally's {@code in_month} and a DUE row's {@code detail}. */
    static int month(Instant at) {
        LocalDate day = WorkingTime.dateOf(at);
        return month(day);
    }

    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    /** The changes one transaction makes to the tally, by row: events and hits to add (negative to take away). */
    static final class Changes {

        private final Map<Key, long[]> byKey = new TreeMap<>();

        void add(Key key, long events, long hits) {
            long[] sums = byKey.computeIfAbsent(key, k -> new long[2]);
            sums[0] += events;
            sums[1] += hits;
        }

        /** The event {@code before} became {@code after}: its counts move from the one to the other. */
        Changes replace(Counted before, Counted after) {
            before.addTo(this, -1);
            after.addTo(this, 1);
            return this;
        }

        Changes added(Counted event) {
            event.addTo(this, 1);
            return this;
        }
    }

    private final boolean postgres;

    GridEventMonthTally(boolean postgres) {
        this.postgres = postgres;
    }

    /**
     * Adds {@code changes} to the tally on the change's own connection (inside its transaction), row by row in key order.
     * PostgreSQL adds in one upsert; H2, which has none that adds, updates and inserts the rows it lacks, and where
     * another transaction inserted the same row meanwhile (H2 waits for it, then refuses the duplicate) updates it.
     */
    void apply(Connection connection, Changes changes) throws SQLException {
        var rows = changes.byKey.entrySet().stream().filter(e -> e.getValue()[0] != 0 || e.getValue()[1] != 0).toList();
        if (rows.isEmpty()) {
            return;
        }
        if (postgres) {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO grid_event_month_tally AS t "
                    + "(community_code, measure, in_month, detail, events, hits) VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (community_code, measure, in_month, detail) "
                    + "DO UPDATE SET events = t.events + EXCLUDED.events, hits = t.hits + EXCLUDED.hits")) {
                for (var row : rows) {
                    bindKey(upsert, 1, row.getKey());
                    upsert.setLong(5, row.getValue()[0]);
                    upsert.setLong(6, row.getValue()[1]);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE grid_event_month_tally SET events = events + ?, "
                + "hits = hits + ? WHERE community_code = ? AND measure = ? AND in_month = ? AND detail = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO grid_event_month_tally "
                     + "(community_code, measure, in_month, detail, events, hits) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (var row : rows) {
                update.setLong(1, row.getValue()[0]);
                update.setLong(2, row.getValue()[1]);
                bindKey(update, 3, row.getKey());
                if (update.executeUpdate() > 0) {
                    continue;
                }
                bindKey(insert, 1, row.getKey());
                insert.setLong(5, row.getValue()[0]);
                insert.setLong(6, row.getValue()[1]);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!SqlErrors.uniqueViolation(e) || update.executeUpdate() == 0) {
                        throw e;
                    }
                }
            }
        }
    }

    /** As {@link #apply(Connection, Changes)}, on a Jdbi handle's connection. */
    void apply(Handle h, Changes changes) {
        try {
            apply(h.getConnection(), changes);
        } catch (SQLException e) {
            throw new IllegalStateException("the month tally of grid events could not be changed: " + e.getMessage(), e);
        }
    }

    private static void bindKey(PreparedStatement statement, int first, Key key) throws SQLException {
        statement.setString(first, key.community());
        statement.setString(first + 1, key.measure().name());
        statement.setInt(first + 2, key.month());
        statement.setInt(first + 3, key.detail());
    }

    /**
     * Rebuilds the tally from {@code grid_event} if a row of {@code grid_event_month_tally_rebuild} asks for it; true if
     * it did.
     */
    boolean rebuildIfAsked(Jdbi jdbi) {
        if (!asked(jdbi)) {
            return false;
        }
        return jdbi.inTransaction(h -> {
            if (postgres) {
                // Two instances starting at once rebuild one after the other; a change committing meanwhile waits for it.
                h.execute("LOCK TABLE grid_event_month_tally_rebuild, grid_event_month_tally IN EXCLUSIVE MODE");
            }
            if (h.createQuery("SELECT COUNT(*) FROM grid_event_month_tally_rebuild").mapTo(Long.class).one() == 0) {
                return false;
            }
            rebuild(h);
            h.execute("DELETE FROM grid_event_month_tally_rebuild");
            return true;
        });
    }

    private static boolean asked(Jdbi jdbi) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM grid_event_month_tally_rebuild").mapTo(Long.class).one() > 0);
    }

    /** Asks for a rebuild, in the caller's transaction: after a change to {@code grid_event} made without counting it. */
    static void ask(Handle h, String reason) {
        h.createUpdate("INSERT INTO grid_event_month_tally_rebuild (requested_at, reason) VALUES (:at, :reason)")
                .bind("at", SqlValues.instant(Instant.now())).bind("reason", reason).execute();
    }

    /** Counts every event again, in the caller's transaction: as {@link Counted#addTo} counts one. */
    static void rebuild(Handle h) {
        h.execute("DELETE FROM grid_event_month_tally");
        String due = month("e.deadline_passes_at");
        String closedMonth = "CASE WHEN e.closed_at IS NULL THEN 0 ELSE " + month("e.closed_at") + " END";
        h.execute("INSERT INTO grid_event_month_tally (community_code, measure, in_month, detail, events, hits) "
                + "SELECT e.community_code, 'DUE', " + due + ", " + closedMonth + ", COUNT(*), 0 FROM grid_event e "
                + "WHERE e.merged_into IS NULL AND e.state <> 'REJECTED' GROUP BY e.community_code, " + due + ", " + closedMonth);
        String closed = month("e.closed_at");
        String days = "COALESCE(e.closed_working_days, -1)";
        h.execute("INSERT INTO grid_event_month_tally (community_code, measure, in_month, detail, events, hits) "
                + "SELECT e.community_code, 'CLOSED', " + closed + ", " + days + ", COUNT(*), "
                + "SUM(CASE WHEN e.closed_at <= e.deadline_passes_at THEN 1 ELSE 0 END) FROM grid_event e "
                + "WHERE e.closed_at IS NOT NULL AND e.merged_into IS NULL GROUP BY e.community_code, " + closed + ", " + days);
        String verdict = month("e.verdict_at");
        h.execute("INSERT INTO grid_event_month_tally (community_code, measure, in_month, detail, events, hits) "
                + "SELECT e.community_code, 'VERDICT', " + verdict + ", 0, COUNT(*), "
                + "SUM(CASE WHEN e.verdict_satisfaction >= 4 THEN 1 ELSE 0 END) FROM grid_event e "
                + "WHERE e.verdict_at IS NOT NULL AND e.verdict_satisfaction IS NOT NULL GROUP BY e.community_code, " + verdict);
    }

    /** An instant column's month in China as yyyymm, from its fields in China, which both engines extract alike. */
    private static String month(String column) {
        String inChina = "(" + column + " AT TIME ZONE '" + WorkingTime.ZONE_ID + "')";
        return "CAST(EXTRACT(YEAR FROM " + inChina + ") * 100 + EXTRACT(MONTH FROM " + inChina + ") AS INTEGER)";
    }
}
