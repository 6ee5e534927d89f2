package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
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
                .map((rs, ctx) -> record(rs))
                .list());
    }

    private static final String FREE = "(claimed_until IS NULL OR claimed_until <= :now)";

    /**
     * Claims with {@code FOR UPDATE SKIP LOCKED} over a window read without locks (the pattern of the escalation
     * claim), then stamps the lease: concurrent relays, in one process or several, take disjoint records.
     */
    @Override
    public List<ClosedEventRecord> claim(Instant now, Duration lease, int limit) {
        return jdbi.inTransaction(h -> {
            List<UUID> claimed = new ArrayList<>();
            List<Map.Entry<Instant, UUID>> window;
            Instant afterAt = Instant.EPOCH;
            UUID afterId = new UUID(0, 0);
            while (claimed.size() < limit) {
                window = h.createQuery("SELECT closed_at, event_id FROM case_archive_outbox WHERE " + FREE
                                + " AND (closed_at > :at OR (closed_at = :at AND event_id > :id)) ORDER BY closed_at, event_id LIMIT :size")
                        .bind("now", SqlValues.instant(now)).bind("at", SqlValues.instant(afterAt)).bind("id", SqlValues.uuid(afterId))
                        .bind("size", limit)
                        .map((rs, ctx) -> Map.entry(SqlValues.instant(rs, "closed_at"), SqlValues.uuid(rs, "event_id"))).list();
                if (window.isEmpty()) {
                    break;
                }
                afterAt = window.getLast().getKey();
                afterId = window.getLast().getValue();
                Set<UUID> locked = new HashSet<>(h.createQuery("SELECT event_id FROM case_archive_outbox WHERE event_id IN (<ids>) AND "
                                + FREE + " FOR UPDATE SKIP LOCKED")
                        .bindList("ids", window.stream().map(e -> SqlValues.uuid(e.getValue())).toList())
                        .bind("now", SqlValues.instant(now)).map((rs, ctx) -> SqlValues.uuid(rs, "event_id")).list());
                window.stream().map(Map.Entry::getValue).filter(locked::contains).limit(limit - claimed.size()).forEach(claimed::add);
            }
            if (claimed.isEmpty()) {
                return List.<ClosedEventRecord>of();
            }
            List<org.jdbi.v3.core.argument.Argument> ids = claimed.stream().map(SqlValues::uuid).toList();
            h.createUpdate("UPDATE case_archive_outbox SET claimed_until = :until WHERE event_id IN (<ids>)")
                    .bind("until", SqlValues.instant(now.plus(lease))).bindList("ids", ids).execute();
            return h.createQuery("SELECT " + COLUMNS + " FROM case_archive_outbox WHERE event_id IN (<ids>) ORDER BY closed_at, event_id")
                    .bindList("ids", ids).map((rs, ctx) -> record(rs)).list();
        });
    }

    private static final String COLUMNS = "event_id, grid_code, community_code, category, grade_code, grade_label, handling_level, "
            + "channel, text, reported_at, closed_at, resolution, satisfaction, comment, merged_into, escalations, version";

    private static ClosedEventRecord record(ResultSet rs) throws SQLException {
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
    }

    @Override
    public void delivered(GridEventId eventId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM case_archive_outbox WHERE event_id = :event")
                .bind("event", SqlValues.uuid(eventId.value()))
                .execute());
    }
}
