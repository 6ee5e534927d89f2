package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.grid.model.AnswerKind;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventChannel;
import org.shizhi.domain.grid.model.EventGrade;
import org.shizhi.domain.grid.model.EventIntake;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.Position;
import org.shizhi.domain.grid.model.ReportWithin;
import org.shizhi.domain.grid.model.Reporter;
import org.shizhi.domain.grid.model.Resolution;
import org.shizhi.domain.grid.model.Summons;
import org.shizhi.domain.grid.model.SummonsAnswer;
import org.shizhi.domain.grid.model.SummonsId;
import org.shizhi.domain.grid.model.Verdict;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Role;

/**
 * Reads grid events: the {@code grid_event} rows a condition selects, in its order, and then their lists (grade
 * reasons, attachments, departments, summonses with their departments and answers) with one query per table for all
 * the events at once, never one per event.
 */
final class GridEventRows {

    static final String REPORTER_MOBILE = "grid_event.reporter_mobile";

    private static final String COLUMNS = """
            e.id, e.grid_code, e.category, e.text, e.channel, e.reporter_name, e.reporter_mobile, e.location_lon,
            e.location_lat, e.grade_code, e.grade_label, e.grade_severity, e.grade_level, e.handling_level, e.state,
            e.deadline_working_days, e.deadline_due_on, e.deadline_passes_at, e.reported_at, e.resolution_text,
            e.resolved_at, e.resolved_by, e.resolved_by_role, e.resolved_by_member, e.verdict_satisfaction, e.verdict_comment, e.verdict_at,
            e.verdict_by, e.verdict_by_role, e.rejection_reason, e.merged_into, e.closed_at, e.escalations, e.version""";

    private final PersonalDataCipher cipher;

    GridEventRows(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    /**
     * The events of {@code SELECT ... FROM grid_event e <rest>}, in that order; {@code rest} is the WHERE clause and
     * what follows it, its parameters bound by {@code binder}.
     */
    List<GridEvent> select(Handle h, String rest, UnaryOperator<Query> binder) {
        List<EventRow> rows = binder.apply(h.createQuery("SELECT " + COLUMNS + " FROM grid_event e " + rest))
                .map(this::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Lists lists = new Lists();
        for (List<UUID> ids : InLists.chunks(rows.stream().map(EventRow::id).toList())) {
            lists.load(h, ids);
        }
        return rows.stream().map(r -> r.event(lists)).toList();
    }

    private EventRow row(ResultSet rs, StatementContext ctx) throws SQLException {
        String mobile = rs.getString("reporter_mobile");
        double lon = rs.getDouble("location_lon");
        Optional<Position> location = rs.wasNull() ? Optional.empty() : Optional.of(new Position(lon, rs.getDouble("location_lat")));
        Optional<Instant> resolvedAt = SqlValues.optionalInstant(rs, "resolved_at");
        Optional<Resolution> resolution = resolvedAt.isEmpty() ? Optional.empty() : Optional.of(new Resolution(
                rs.getString("resolution_text"), resolvedAt.get(), new Acting(rs.getString("resolved_by"),
                Role.valueOf(rs.getString("resolved_by_role")), Optional.ofNullable(rs.getString("resolved_by_member")))));
        Optional<Instant> verdictAt = SqlValues.optionalInstant(rs, "verdict_at");
        Optional<Verdict> verdict = verdictAt.isEmpty() ? Optional.empty() : Optional.of(new Verdict(
                rs.getInt("verdict_satisfaction"), rs.getString("verdict_comment"), verdictAt.get(), acting(rs, "verdict_by")));
        return new EventRow(
                SqlValues.uuid(rs, "id"),
                GridCode.parse(rs.getString("grid_code")),
                EventCategory.valueOf(rs.getString("category")),
                rs.getString("text"),
                EventChannel.valueOf(rs.getString("channel")),
                new Reporter(rs.getString("reporter_name"), mobile == null
                        ? Optional.empty() : Optional.of(new PhoneNumber(cipher.decrypt(REPORTER_MOBILE, mobile)))),
                location,
                rs.getString("grade_code"),
                rs.getString("grade_label"),
                rs.getInt("grade_severity"),
                AdminLevel.valueOf(rs.getString("grade_level")),
                AdminLevel.valueOf(rs.getString("handling_level")),
                EventState.valueOf(rs.getString("state")),
                new Deadline(rs.getInt("deadline_working_days"), SqlValues.date(rs, "deadline_due_on"),
                        SqlValues.instant(rs, "deadline_passes_at")),
                SqlValues.instant(rs, "reported_at"),
                resolution,
                verdict,
                SqlValues.optionalString(rs, "rejection_reason"),
                SqlValues.optionalUuid(rs, "merged_into").map(GridEventId::new),
                SqlValues.optionalInstant(rs, "closed_at"),
                rs.getInt("escalations"),
                rs.getLong("version"));
    }

    /** Who acted, from the columns {@code <prefix>} (the subject) and {@code <prefix>_role}. */
    static Acting acting(ResultSet rs, String prefix) throws SQLException {
        return new Acting(rs.getString(prefix), Role.valueOf(rs.getString(prefix + "_role")));
    }

    /** A row of {@code grid_event}, decrypted, without its lists. */
    private record EventRow(UUID id, GridCode grid, EventCategory category, String text, EventChannel channel, Reporter reporter,
                            Optional<Position> location, String gradeCode, String gradeLabel, int gradeSeverity,
                            AdminLevel gradeLevel, AdminLevel handlingLevel, EventState state, Deadline deadline,
                            Instant reportedAt, Optional<Resolution> resolution, Optional<Verdict> verdict,
                            Optional<String> rejectionReason, Optional<GridEventId> mergedInto, Optional<Instant> closedAt,
                            int escalations, long version) {

        GridEvent event(Lists lists) {
            EventIntake intake = new EventIntake(grid, category, text, channel, reporter, location,
                    lists.attachments.getOrDefault(id, List.of()));
            EventGrade grade = new EventGrade(gradeCode, gradeLabel, gradeSeverity, gradeLevel, lists.reasons.getOrDefault(id, List.of()));
            return new GridEvent(new GridEventId(id), intake, grade, handlingLevel, state, deadline, reportedAt,
                    lists.departments.getOrDefault(id, List.of()), lists.summonses(id), resolution, verdict, rejectionReason,
                    mergedInto, closedAt, escalations, version);
        }
    }

    /** The lists of a batch of events, by event id (and by summons id for a summons's departments and answers). */
    private static final class Lists {
        final Map<UUID, List<String>> reasons = new HashMap<>();
        final Map<UUID, List<Attachment>> attachments = new HashMap<>();
        final Map<UUID, List<DepartmentCode>> departments = new HashMap<>();
        final Map<UUID, List<SummonsRow>> summonses = new HashMap<>();
        final Map<UUID, List<DepartmentCode>> summoned = new HashMap<>();
        final Map<UUID, List<SummonsAnswer>> answers = new HashMap<>();

        void load(Handle h, List<UUID> ids) {
            query(h, "SELECT event_id, reason FROM grid_event_grade_reason WHERE event_id IN (<ids>) ORDER BY event_id, seq", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "event_id"), rs.getString("reason")))
                    .forEach(e -> add(reasons, e));
            query(h, "SELECT event_id, file_name, media_type, size_bytes, sha256 FROM grid_event_attachment "
                    + "WHERE event_id IN (<ids>) ORDER BY event_id, seq", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "event_id"), new Attachment(rs.getString("file_name"),
                            rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"))))
                    .forEach(e -> add(attachments, e));
            query(h, "SELECT event_id, department FROM grid_event_department WHERE event_id IN (<ids>) ORDER BY event_id, seq", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "event_id"), new DepartmentCode(rs.getString("department"))))
                    .forEach(e -> add(departments, e));
            query(h, "SELECT id, event_id, summoned_by, summoned_by_role, summoned_at, within_amount, within_unit, due_at "
                    + "FROM grid_event_summons WHERE event_id IN (<ids>) ORDER BY event_id, seq", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "event_id"), new SummonsRow(new SummonsId(SqlValues.uuid(rs, "id")),
                            acting(rs, "summoned_by"), SqlValues.instant(rs, "summoned_at"),
                            new ReportWithin(rs.getInt("within_amount"), ReportWithin.Unit.valueOf(rs.getString("within_unit"))),
                            SqlValues.instant(rs, "due_at"))))
                    .forEach(e -> add(summonses, e));
            if (summonses.isEmpty()) {
                return;
            }
            query(h, "SELECT d.summons_id, d.department FROM grid_event_summons_department d "
                    + "JOIN grid_event_summons s ON s.id = d.summons_id WHERE s.event_id IN (<ids>) ORDER BY d.summons_id, d.seq", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "summons_id"), new DepartmentCode(rs.getString("department"))))
                    .forEach(e -> add(summoned, e));
            query(h, "SELECT a.summons_id, a.department, a.kind, a.answered_at, a.answered_by, a.answered_by_role, a.note, "
                    + "a.late_by_nanos FROM grid_event_summons_answer a JOIN grid_event_summons s ON s.id = a.summons_id "
                    + "WHERE s.event_id IN (<ids>) ORDER BY a.summons_id, a.seq", ids)
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "summons_id"), new SummonsAnswer(
                            new DepartmentCode(rs.getString("department")), AnswerKind.valueOf(rs.getString("kind")),
                            SqlValues.instant(rs, "answered_at"), acting(rs, "answered_by"), rs.getString("note"),
                            Duration.ofNanos(rs.getLong("late_by_nanos")))))
                    .forEach(e -> add(answers, e));
        }

        List<Summons> summonses(UUID eventId) {
            List<Summons> made = new ArrayList<>();
            for (SummonsRow s : summonses.getOrDefault(eventId, List.of())) {
                UUID id = s.id().value();
                made.add(new Summons(s.id(), s.by(), s.summonedAt(), summoned.getOrDefault(id, List.of()), s.within(),
                        s.dueAt(), answers.getOrDefault(id, List.of())));
            }
            return made;
        }

        private static Query query(Handle h, String sql, List<UUID> ids) {
            return h.createQuery(sql).bindList("ids", ids.stream().map(SqlValues::uuid).toList());
        }

        private static <T> void add(Map<UUID, List<T>> lists, Map.Entry<UUID, T> entry) {
            lists.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue());
        }
    }

    /** A row of {@code grid_event_summons}, without its departments and answers. */
    private record SummonsRow(SummonsId id, Acting by, Instant summonedAt, ReportWithin within, Instant dueAt) {
    }
}
