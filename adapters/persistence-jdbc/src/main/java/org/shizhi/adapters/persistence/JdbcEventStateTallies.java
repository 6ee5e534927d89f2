package org.shizhi.adapters.persistence;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.EventStateCount;
import org.shizhi.domain.grid.port.out.EventStateTallies;
import org.shizhi.domain.shared.AreaCode;

/**
 * Events by week reported, state now and grade, counted in one grouped statement: each event's week is found by a
 * {@code CASE} over the weeks' bounds (the same SQL on H2 and PostgreSQL, no date arithmetic in the database), the
 * events of the area and the weeks are read through the area range and {@code reported_at}, and only the counts leave
 * the database.
 */
final class JdbcEventStateTallies implements EventStateTallies {

    private final Jdbi jdbi;

    JdbcEventStateTallies(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<EventStateCount> reportedWeekly(AreaCode area, List<DigestWeek> weeks) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        AreaRange range = AreaRange.of(area);
        // One week is week 0 (a CASE needs a WHEN); more are told apart by the ends of all but the last.
        StringBuilder week = new StringBuilder(weeks.size() == 1 ? "0" : "CASE");
        if (weeks.size() > 1) {
            for (int i = 1; i < weeks.size(); i++) {
                week.append(" WHEN e.reported_at < :end_").append(i - 1).append(" THEN ").append(i - 1);
            }
            week.append(" ELSE ").append(weeks.size() - 1).append(" END");
        }
        String sql = "SELECT t.wk, t.state, t.grade_code, MIN(t.grade_label) AS grade_label, COUNT(*) AS n FROM ("
                + "SELECT " + week + " AS wk, e.state, e.grade_code, e.grade_label FROM grid_event e WHERE "
                + range.on("e.grid_code") + " AND e.reported_at >= :from AND e.reported_at < :to) t "
                + "GROUP BY t.wk, t.state, t.grade_code ORDER BY t.wk, t.state, t.grade_code";
        return jdbi.withHandle(h -> {
            Query query = range.bind(h.createQuery(sql))
                    .bind("from", SqlValues.instant(weeks.getFirst().start()))
                    .bind("to", SqlValues.instant(weeks.getLast().end()));
            for (int i = 0; i < weeks.size() - 1; i++) {
                query.bind("end_" + i, SqlValues.instant(weeks.get(i).end()));
            }
            return query.map((rs, ctx) -> new EventStateCount(weeks.get(rs.getInt("wk")).monday(),
                            EventState.valueOf(rs.getString("state")), rs.getString("grade_code"), rs.getString("grade_label"),
                            rs.getLong("n")))
                    .list();
        });
    }
}
