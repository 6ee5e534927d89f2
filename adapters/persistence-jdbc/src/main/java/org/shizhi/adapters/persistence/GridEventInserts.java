package org.shizhi.adapters.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.TextSimilarity;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.port.out.EventWrite;

/**
 * The rows of new grid events, written with plain JDBC for {@link GroupCommit}: one prepared statement per table for a
 * whole batch of events, each executed as one JDBC batch (on PostgreSQL one round trip per table, not per row). Intake
 * is the platform's hottest write; Jdbi's per-statement parsing and binding was a tenth of its CPU. The columns and
 * values are those {@link JdbcGridEventRepository} writes and {@link GridEventRows} reads.
 */
final class GridEventInserts implements GroupCommit.Rows<EventWrite> {

    private static final String EVENT = """
            INSERT INTO grid_event (id, grid_code, community_code, category, text, text_bigrams, channel, reporter_name, reporter_mobile,
                location_lon, location_lat, grade_code, grade_label, grade_severity, grade_level, reported_at,
                handling_level, state, deadline_working_days, deadline_due_on, deadline_passes_at,
                resolution_text, resolved_at, resolved_by, resolved_by_role,
                verdict_satisfaction, verdict_comment, verdict_at, verdict_by, verdict_by_role,
                rejection_reason, merged_into, closed_at, escalations, version, resolved_by_member, reported_by_member)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String GRADE_REASON = "INSERT INTO grid_event_grade_reason (event_id, seq, reason) VALUES (?, ?, ?)";
    private static final String ATTACHMENT = "INSERT INTO grid_event_attachment (event_id, seq, file_name, media_type, size_bytes, sha256) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    private static final String DEPARTMENT = "INSERT INTO grid_event_department (event_id, seq, department) VALUES (?, ?, ?)";
    private static final String TIMELINE = "INSERT INTO grid_event_timeline (event_id, version, at, actor, actor_role, kind, from_state, "
            + "to_state, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final PersonalDataCipher cipher;
    private final GridEventMonthTally tally;

    GridEventInserts(PersonalDataCipher cipher, GridEventMonthTally tally) {
        this.cipher = cipher;
        this.tally = tally;
    }

    /** What these statements write: a new event with nothing yet to close or to summon. */
    static boolean writes(EventWrite write) {
        return write.isNew() && write.closedRecord().isEmpty() && write.event().summonses().isEmpty();
    }

    @Override
    public void insert(Connection connection, List<EventWrite> writes) throws SQLException {
        try (PreparedStatement events = connection.prepareStatement(EVENT)) {
            for (EventWrite write : writes) {
                if (!writes(write)) {
                    throw new IllegalArgumentException("only new events without summonses or archive record are inserted here: " + write.event().id());
                }
                bindEvent(events, write.event());
                events.setString(36, JdbcGridEventRepository.resolvingGridMember(write.event()));
                events.setString(37, write.reportingGridMember().orElse(null));
                events.addBatch();
            }
            events.executeBatch();
        }
        insertLists(connection, GRADE_REASON, writes, write -> write.event().grade().reasons(), (s, reason) -> s.setString(3, reason));
        insertLists(connection, ATTACHMENT, writes, write -> write.event().intake().attachments(), GridEventInserts::bindAttachment);
        insertLists(connection, DEPARTMENT, writes, write -> write.event().dispatchedTo(), (s, d) -> s.setString(3, d.value()));
        try (PreparedStatement timeline = connection.prepareStatement(TIMELINE)) {
            for (EventWrite write : writes) {
                bindTimeline(timeline, write.entry(), write.event().version());
                timeline.addBatch();
            }
            timeline.executeBatch();
        }
        GridEventMonthTally.Changes counted = new GridEventMonthTally.Changes();
        writes.forEach(write -> counted.added(GridEventMonthTally.Counted.of(write.event(), null)));
        tally.apply(connection, counted);
        List<org.shizhi.domain.integration.model.IntegrationEvent> reported = new java.util.ArrayList<>();
        for (EventWrite write : writes) {
            reported.addAll(org.shizhi.domain.grid.model.GridIntegrationEvents.of(write.event(), write.entry()));
        }
        JdbcWebhooks.append(connection, cipher, reported);
    }

    private void bindEvent(PreparedStatement s, GridEvent event) throws SQLException {
        var intake = event.intake();
        s.setObject(1, event.id().value());
        s.setString(2, event.grid().value());
        s.setString(3, event.grid().community().toString());
        s.setString(4, event.category().name());
        s.setString(5, event.text());
        s.setBytes(6, JdbcGridEventRepository.packed(TextSimilarity.to(event.text()).bigrams()));
        s.setString(7, intake.channel().name());
        s.setString(8, intake.reporter().name());
        s.setString(9, intake.reporter().phone().map(p -> cipher.encrypt(GridEventRows.REPORTER_MOBILE, p.value())).orElse(null));
        s.setObject(10, intake.location().map(p -> p.lon()).orElse(null), Types.DOUBLE);
        s.setObject(11, intake.location().map(p -> p.lat()).orElse(null), Types.DOUBLE);
        s.setString(12, event.grade().code());
        s.setString(13, event.grade().label());
        s.setInt(14, event.grade().severity());
        s.setString(15, event.grade().handlingLevel().name());
        setInstant(s, 16, event.reportedAt());
        s.setString(17, event.handlingLevel().name());
        s.setString(18, event.state().name());
        s.setInt(19, event.deadline().workingDays());
        s.setObject(20, event.deadline().dueOn());
        setInstant(s, 21, event.deadline().passesAt());
        s.setString(22, event.resolution().map(r -> r.text()).orElse(null));
        setInstant(s, 23, event.resolution().map(r -> r.at()).orElse(null));
        s.setString(24, event.resolution().map(r -> r.by().subject()).orElse(null));
        s.setString(25, event.resolution().map(r -> r.by().role().name()).orElse(null));
        s.setObject(26, event.verdict().map(v -> v.satisfaction()).orElse(null), Types.SMALLINT);
        s.setString(27, event.verdict().map(v -> v.comment()).orElse(null));
        setInstant(s, 28, event.verdict().map(v -> v.at()).orElse(null));
        s.setString(29, event.verdict().map(v -> v.recordedBy().subject()).orElse(null));
        s.setString(30, event.verdict().map(v -> v.recordedBy().role().name()).orElse(null));
        s.setString(31, event.rejectionReason().orElse(null));
        setUuid(s, 32, event.mergedInto().map(GridEventId::value).orElse(null));
        setInstant(s, 33, event.closedAt().orElse(null));
        s.setInt(34, event.escalations());
        s.setLong(35, event.version());
    }

    private static void bindTimeline(PreparedStatement s, TimelineEntry entry, long version) throws SQLException {
        s.setObject(1, entry.eventId().value());
        s.setLong(2, version);
        setInstant(s, 3, entry.at());
        s.setString(4, entry.actor());
        s.setString(5, entry.role().name());
        s.setString(6, entry.kind().name());
        s.setString(7, entry.from().map(Enum::name).orElse(null));
        s.setString(8, entry.to().name());
        s.setString(9, entry.note());
    }

    private static void bindAttachment(PreparedStatement s, Attachment attachment) throws SQLException {
        s.setString(3, attachment.fileName());
        s.setString(4, attachment.mediaType());
        s.setLong(5, attachment.sizeBytes());
        s.setString(6, attachment.sha256());
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    /** One row per item of a list that belongs to an event: event id and position bound here, the rest by {@code binder}. */
    private static <T> void insertLists(Connection connection, String sql, List<EventWrite> writes,
                                        java.util.function.Function<EventWrite, List<T>> list, Binder<T> binder) throws SQLException {
        PreparedStatement statement = null;
        try {
            for (EventWrite write : writes) {
                List<T> items = list.apply(write);
                for (int i = 0; i < items.size(); i++) {
                    if (statement == null) {
                        statement = connection.prepareStatement(sql);
                    }
                    statement.setObject(1, write.event().id().value());
                    statement.setInt(2, i);
                    binder.bind(statement, items.get(i));
                    statement.addBatch();
                }
            }
            if (statement != null) {
                statement.executeBatch();
            }
        } finally {
            if (statement != null) {
                statement.close();
            }
        }
    }

    /** As {@link SqlValues#instant(Instant)} binds it: UTC, truncated to microseconds. */
    private static void setInstant(PreparedStatement s, int position, Instant instant) throws SQLException {
        if (instant == null) {
            s.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(position, OffsetDateTime.ofInstant(SqlValues.micros(instant), ZoneOffset.UTC));
        }
    }

    private static void setUuid(PreparedStatement s, int position, UUID uuid) throws SQLException {
        if (uuid == null) {
            s.setNull(position, Types.OTHER);
        } else {
            s.setObject(position, uuid);
        }
    }
}
