package org.shizhi.adapters.persistence;

import java.util.List;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.port.out.CaseArchiveOutbox;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * The read side of {@code case_archive_outbox}, which {@link JdbcGridEventRepository#save} fills in the close's own
 * transaction. A delivered record is deleted: the archive holds it from then on.
 */
final class JdbcCaseArchiveOutbox implements CaseArchiveOutbox {

    private final Jdbi jdbi;

    JdbcCaseArchiveOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<ClosedEventRecord> pending(int limit) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT event_id, grid_code, community_code, category, grade_code, grade_label, handling_level, channel,
                               text, reported_at, closed_at, resolution, satisfaction, comment, merged_into, escalations, version
                        FROM case_archive_outbox ORDER BY closed_at, event_id LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> {
                    var satisfaction = SqlValues.optionalInt(rs, "satisfaction");
                    return new ClosedEventRecord(
                            new GridEventId(SqlValues.uuid(rs, "event_id")),
                            GridCode.parse(rs.getString("grid_code")),
                            AreaCode.of(rs.getString("community_code")),
                            EventCategory.valueOf(rs.getString("category")),
                            rs.getString("grade_code"),
                            rs.getString("grade_label"),
                            AdminLevel.valueOf(rs.getString("handling_level")),
                            EventChannel.valueOf(rs.getString("channel")),
                            rs.getString("text"),
                            SqlValues.instant(rs, "reported_at"),
                            SqlValues.instant(rs, "closed_at"),
                            SqlValues.optionalString(rs, "resolution"),
                            satisfaction.isPresent() ? OptionalInt.of(satisfaction.get()) : OptionalInt.empty(),
                            SqlValues.optionalString(rs, "comment"),
                            SqlValues.optionalUuid(rs, "merged_into").map(GridEventId::new),
                            rs.getInt("escalations"),
                            rs.getLong("version"));
                })
                .list());
    }

    @Override
    public void delivered(GridEventId eventId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM case_archive_outbox WHERE event_id = :event")
                .bind("event", SqlValues.uuid(eventId.value()))
                .execute());
    }
}
