package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.grid.model.TrainingAttendance;
import org.shizhi.domain.grid.port.out.TrainingRecords;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.Slice;

/** Grid workers' training attendance in {@code grid_worker_training} (V246); the hours summed per worker by one GROUP BY. */
final class JdbcTrainingRecords implements TrainingRecords {

    private static final String COLUMNS = "id, grid_code, member_id, course, attended_on, hours_tenths, recorded_at, recorded_by, recorded_role";

    private final Jdbi jdbi;

    JdbcTrainingRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(TrainingAttendance t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO grid_worker_training (" + COLUMNS + ") VALUES (:id, :grid, :member, :course, "
                        + ":day, :tenths, :at, :by, :role)")
                .bind("id", SqlValues.uuid(t.id().value())).bind("grid", t.grid().value()).bind("member", SqlValues.uuid(t.worker().value()))
                .bind("course", t.course()).bind("day", SqlValues.date(t.attendedOn())).bind("tenths", t.tenths())
                .bind("at", SqlValues.instant(t.recordedAt())).bind("by", t.recordedBy().subject())
                .bind("role", t.recordedBy().role().name()).execute());
    }

    @Override
    public Optional<TrainingAttendance> find(TrainingAttendance.Id id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM grid_worker_training WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).map((rs, ctx) -> row(rs)).findOne());
    }

    @Override
    public Slice<TrainingAttendance> ofWorker(GridCode grid, MemberId worker, PageRequest page) {
        // The latest day first, ids ascending on ties.
        String after = page.after().isPresent()
                ? " AND (attended_on < :after_day OR (attended_on = :after_day AND id > :after_id))" : "";
        List<TrainingAttendance> rows = jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT " + COLUMNS + " FROM grid_worker_training WHERE member_id = :member AND grid_code = :grid"
                            + after + " ORDER BY attended_on DESC, id LIMIT :page_rows")
                    .bind("member", SqlValues.uuid(worker.value())).bind("grid", grid.value()).bind("page_rows", page.limit() + 1);
            page.after().ifPresent(p -> q.bind("after_day", SqlValues.date(p.dateKey())).bind("after_id", SqlValues.uuid(p.uuidId())));
            return q.map((rs, ctx) -> row(rs)).list();
        });
        return Slice.of(rows, page, TrainingRecords::position);
    }

    @Override
    public Map<MemberId, Long> tenthsByWorker(AreaCode area, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(area);
        Map<MemberId, Long> out = new HashMap<>();
        jdbi.useHandle(h -> range.bind(h.createQuery("SELECT member_id, SUM(hours_tenths) AS tenths FROM grid_worker_training WHERE "
                        + range.on("grid_code") + " AND attended_on >= :from AND attended_on <= :to GROUP BY member_id"))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> {
                    out.put(new MemberId(SqlValues.uuid(rs, "member_id")), rs.getLong("tenths"));
                    return 0;
                }).list());
        return out;
    }

    private static TrainingAttendance row(ResultSet rs) throws SQLException {
        return new TrainingAttendance(new TrainingAttendance.Id(SqlValues.uuid(rs, "id")), new GridCode(rs.getString("grid_code")),
                new MemberId(SqlValues.uuid(rs, "member_id")), rs.getString("course"), SqlValues.date(rs, "attended_on"),
                rs.getInt("hours_tenths"), SqlValues.instant(rs, "recorded_at"),
                new Acting(rs.getString("recorded_by"), Role.valueOf(rs.getString("recorded_role"))));
    }
}
