package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentIntegrationEvents;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.SupervisionFilter;
import org.shizhi.domain.assessment.model.SupervisionTask;
import org.shizhi.domain.assessment.model.SupervisionTask.Escalation;
import org.shizhi.domain.assessment.model.SupervisionTask.Evidence;
import org.shizhi.domain.assessment.model.SupervisionTask.Rectification;
import org.shizhi.domain.assessment.model.SupervisionTask.State;
import org.shizhi.domain.assessment.model.SupervisionTask.Verdict;
import org.shizhi.domain.assessment.model.SupervisionTask.Verification;
import org.shizhi.domain.assessment.port.out.SupervisionTasks;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * Supervision tasks (V220): the task's row carries its current state, the deadline running and the escalation; reports
 * (with their evidence) and verifications are rows appended per round and never rewritten. A save is one transaction:
 * the task inserted at version 1 or updated from version - 1, then the rounds not stored yet. A page reads its tasks in
 * one query and the rounds of all of them in one query per table. The save that escalates a task as overdue appends
 * {@code SUPERVISION_TASK_OVERDUE} to the integration outbox in its transaction.
 */
final class JdbcSupervisionTasks implements SupervisionTasks {

    private static final Keyset BY_OPENED = Keyset.byInstant("t.opened_at", true, "t.id");
    private static final Keyset BY_DUE = Keyset.byInstant("t.passes_at", false, "t.id");
    private static final String SELECT = "SELECT t.*, r.scheme, r.within_code, r.period_text FROM supervision_task t "
            + "JOIN assessment_notice n ON n.id = t.notice_id JOIN assessment_result r ON r.id = n.result_id ";
    private static final String AWAITING_REPORT = "t.state IN ('OPEN', 'SENT_BACK')";
    /** A department's staff: the areas' tasks and their own department's (neither another's nor a grid worker's). */
    private static final String OTHER_DEPARTMENTS_LEFT_OUT = " AND (t.subject = 'AREA' OR t.unit_key = :department)";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcSupervisionTasks(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void save(SupervisionTask task) {
        jdbi.useTransaction(h -> {
            String what = "supervision task " + task.id();
            int reportsStored = 0;
            int verificationsStored = 0;
            if (task.version() == 1) {
                try {
                    bindRow(h.createUpdate("""
                            INSERT INTO supervision_task (id, version, notice_id, subject, unit_key, unit_name, area_code, issue,
                                opened_at, opened_by, deadline_days, due_on, passes_at, state, escalated_at, escalated_to,
                                escalation_reason)
                            VALUES (:id, :version, :notice, :subject, :unit_key, :unit_name, :area_code, :issue, :opened_at,
                                :opened_by, :deadline_days, :due_on, :passes_at, :state, :escalated_at, :escalated_to,
                                :escalation_reason)"""), task)
                            .bind("notice", SqlValues.uuid(task.notice())).bind("subject", task.unit().subject().name())
                            .bind("unit_key", task.unit().key()).bind("unit_name", task.unit().name())
                            .bind("area_code", task.area().toString()).bind("issue", task.issue())
                            .bind("opened_at", SqlValues.instant(task.openedAt())).bind("opened_by", task.openedBy())
                            .execute();
                } catch (JdbiException e) {
                    if (SqlErrors.translate(e, "version", what) != e) {
                        throw new StaleVersionException(what + " is stored already");
                    }
                    throw e;
                }
                PreparedBatch indicators = h.prepareBatch("INSERT INTO supervision_task_indicator (task_id, seq, indicator) "
                        + "VALUES (:id, :seq, :indicator)");
                for (int i = 0; i < task.indicators().size(); i++) {
                    indicators.bind("id", SqlValues.uuid(task.id())).bind("seq", i).bind("indicator", task.indicators().get(i)).add();
                }
                if (!task.indicators().isEmpty()) {
                    indicators.execute();
                }
            } else {
                boolean escalating = task.escalation().isPresent() && h.createQuery(
                                "SELECT escalated_at IS NULL FROM supervision_task WHERE id = :id AND version = :expected")
                        .bind("id", SqlValues.uuid(task.id())).bind("expected", task.version() - 1).mapTo(Boolean.class)
                        .findOne().orElse(false);
                int updated = bindRow(h.createUpdate("""
                        UPDATE supervision_task SET version = :version, deadline_days = :deadline_days, due_on = :due_on,
                            passes_at = :passes_at, state = :state, escalated_at = :escalated_at, escalated_to = :escalated_to,
                            escalation_reason = :escalation_reason
                        WHERE id = :id AND version = :expected"""), task).bind("expected", task.version() - 1).execute();
                if (updated == 0) {
                    throw new StaleVersionException(what + " is not at version " + (task.version() - 1) + ": reload it and try again");
                }
                if (escalating) {
                    // The escalation as overdue, for integrators, in the escalation's own transaction.
                    JdbcWebhooks.append(h, cipher, AssessmentIntegrationEvents.overdue(task));
                }
                reportsStored = h.createQuery("SELECT COUNT(*) FROM supervision_report WHERE task_id = :id")
                        .bind("id", SqlValues.uuid(task.id())).mapTo(Integer.class).one();
                verificationsStored = h.createQuery("SELECT COUNT(*) FROM supervision_verification WHERE task_id = :id")
                        .bind("id", SqlValues.uuid(task.id())).mapTo(Integer.class).one();
            }
            insertRounds(h, task, reportsStored, verificationsStored);
        });
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindRow(S s, SupervisionTask task) {
        return s.bind("id", SqlValues.uuid(task.id())).bind("version", task.version())
                .bind("deadline_days", task.deadline().workingDays()).bind("due_on", SqlValues.date(task.deadline().dueOn()))
                .bind("passes_at", SqlValues.instant(task.deadline().passesAt())).bind("state", task.state().name())
                .bind("escalated_at", SqlValues.instant(task.escalation().map(Escalation::at)))
                .bind("escalated_to", task.escalation().map(e -> e.to().toString()).orElse(null))
                .bind("escalation_reason", task.escalation().map(Escalation::reason).orElse(null));
    }

    /** The rounds a saved task has beyond those stored: rows are appended, never rewritten. */
    private static void insertRounds(Handle h, SupervisionTask task, int reportsStored, int verificationsStored) {
        List<Rectification> reports = task.reports().subList(Math.min(reportsStored, task.reports().size()), task.reports().size());
        if (!reports.isEmpty()) {
            PreparedBatch rows = h.prepareBatch("INSERT INTO supervision_report (task_id, round, account, reported_at, reported_by, "
                    + "late) VALUES (:id, :round, :account, :at, :by, :late)");
            PreparedBatch evidence = h.prepareBatch("INSERT INTO supervision_evidence (task_id, round, seq, description, reference) "
                    + "VALUES (:id, :round, :seq, :description, :reference)");
            boolean anyEvidence = false;
            for (Rectification r : reports) {
                rows.bind("id", SqlValues.uuid(task.id())).bind("round", r.round()).bind("account", r.account())
                        .bind("at", SqlValues.instant(r.at())).bind("by", r.by()).bind("late", r.late()).add();
                for (int i = 0; i < r.evidence().size(); i++) {
                    Evidence e = r.evidence().get(i);
                    evidence.bind("id", SqlValues.uuid(task.id())).bind("round", r.round()).bind("seq", i)
                            .bind("description", e.description()).bind("reference", e.reference().orElse(null)).add();
                    anyEvidence = true;
                }
            }
            rows.execute();
            if (anyEvidence) {
                evidence.execute();
            }
        }
        List<Verification> verifications = task.verifications().subList(Math.min(verificationsStored, task.verifications().size()),
                task.verifications().size());
        if (!verifications.isEmpty()) {
            PreparedBatch rows = h.prepareBatch("INSERT INTO supervision_verification (task_id, round, verdict, reason, new_days, "
                    + "new_due_on, new_passes_at, verified_at, verified_by) VALUES (:id, :round, :verdict, :reason, :days, :due_on, "
                    + ":passes_at, :at, :by)");
            for (Verification v : verifications) {
                rows.bind("id", SqlValues.uuid(task.id())).bind("round", v.round()).bind("verdict", v.verdict().name())
                        .bind("reason", v.reason().orElse(null))
                        .bind("days", v.newDeadline().map(Deadline::workingDays).orElse(null))
                        .bind("due_on", v.newDeadline().map(d -> SqlValues.date(d.dueOn()))
                                .orElse((position, statement, ctx) -> statement.setNull(position, java.sql.Types.DATE)))
                        .bind("passes_at", SqlValues.instant(v.newDeadline().map(Deadline::passesAt)))
                        .bind("at", SqlValues.instant(v.at())).bind("by", v.by()).add();
            }
            rows.execute();
        }
    }

    @Override
    public Optional<SupervisionTask> find(UUID id) {
        return jdbi.withHandle(h -> read(h, h.createQuery(SELECT + "WHERE t.id = :id").bind("id", SqlValues.uuid(id)))
                .stream().findFirst());
    }

    @Override
    public Slice<SupervisionTask> list(AreaCode area, SupervisionFilter filter, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        String where = "WHERE " + range.on("t.area_code") + filter.state().map(s -> " AND t.state = :state").orElse("")
                + filter.notice().map(n -> " AND t.notice_id = :notice").orElse("")
                + filter.department().map(u -> OTHER_DEPARTMENTS_LEFT_OUT).orElse("")
                + filter.worker().map(w -> " AND t.subject = 'GRID_WORKER' AND t.unit_key = :worker").orElse("");
        List<SupervisionTask> found = jdbi.withHandle(h -> {
            Query q = BY_OPENED.bind(range.bind(h.createQuery(SELECT + where + BY_OPENED.after(page) + BY_OPENED.orderAndLimit())), page);
            filter.state().ifPresent(s -> q.bind("state", s.name()));
            filter.notice().ifPresent(n -> q.bind("notice", SqlValues.uuid(n)));
            filter.department().ifPresent(u -> q.bind("department", u));
            filter.worker().ifPresent(w -> q.bind("worker", w));
            return read(h, q);
        });
        return Slice.of(found, page, SupervisionTasks::openedPosition);
    }

    @Override
    public Slice<SupervisionTask> overdue(AreaCode area, Instant now, Optional<String> department, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<SupervisionTask> found = jdbi.withHandle(h -> {
            Query q = BY_DUE.bind(range.bind(h.createQuery(SELECT + "WHERE " + AWAITING_REPORT + " AND t.passes_at <= :now AND "
                    + range.on("t.area_code") + department.map(u -> OTHER_DEPARTMENTS_LEFT_OUT).orElse("") + BY_DUE.after(page)
                    + BY_DUE.orderAndLimit())), page).bind("now", SqlValues.instant(now));
            department.ifPresent(u -> q.bind("department", u));
            return read(h, q);
        });
        return Slice.of(found, page, SupervisionTasks::duePosition);
    }

    @Override
    public List<SupervisionTask> overdueUnescalated(AreaCode area, Instant now, int limit) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> read(h, range.bind(h.createQuery(SELECT + "WHERE " + AWAITING_REPORT
                        + " AND t.passes_at <= :now AND t.escalated_at IS NULL AND " + range.on("t.area_code")
                        + " ORDER BY t.passes_at, t.id LIMIT :limit"))
                .bind("now", SqlValues.instant(now)).bind("limit", limit)));
    }

    /** The tasks the query selects, in its order, each with its indicators and rounds (one query per table for all). */
    private static List<SupervisionTask> read(Handle h, Query query) {
        List<Row> rows = query.map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::id).toList();
        Map<UUID, List<String>> indicators = new HashMap<>();
        Map<UUID, List<Rectification>> reports = new HashMap<>();
        Map<UUID, List<Verification>> verifications = new HashMap<>();
        for (List<UUID> chunk : InLists.chunks(ids)) {
            Map<List<Object>, List<Evidence>> evidence = new HashMap<>();
            h.createQuery("SELECT task_id, round, description, reference FROM supervision_evidence WHERE task_id IN (<ids>) "
                            + "ORDER BY task_id, round, seq").bindList("ids", chunk)
                    .map((rs, ctx) -> evidence.computeIfAbsent(List.of(SqlValues.uuid(rs, "task_id"), rs.getInt("round")),
                            k -> new ArrayList<>()).add(new Evidence(rs.getString("description"),
                            SqlValues.optionalString(rs, "reference")))).list();
            h.createQuery("SELECT task_id, indicator FROM supervision_task_indicator WHERE task_id IN (<ids>) ORDER BY task_id, seq")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> indicators.computeIfAbsent(SqlValues.uuid(rs, "task_id"), k -> new ArrayList<>())
                            .add(rs.getString("indicator"))).list();
            h.createQuery("SELECT * FROM supervision_report WHERE task_id IN (<ids>) ORDER BY task_id, round").bindList("ids", chunk)
                    .map((rs, ctx) -> {
                        UUID task = SqlValues.uuid(rs, "task_id");
                        int round = rs.getInt("round");
                        return reports.computeIfAbsent(task, k -> new ArrayList<>()).add(new Rectification(round,
                                rs.getString("account"), evidence.getOrDefault(List.of(task, round), List.of()),
                                SqlValues.instant(rs, "reported_at"), rs.getString("reported_by"), rs.getBoolean("late")));
                    }).list();
            h.createQuery("SELECT * FROM supervision_verification WHERE task_id IN (<ids>) ORDER BY task_id, round")
                    .bindList("ids", chunk)
                    .map((rs, ctx) -> verifications.computeIfAbsent(SqlValues.uuid(rs, "task_id"), k -> new ArrayList<>())
                            .add(verification(rs))).list();
        }
        return rows.stream().map(r -> r.task(indicators.getOrDefault(r.id(), List.of()), reports.getOrDefault(r.id(), List.of()),
                verifications.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Verification verification(ResultSet rs) throws SQLException {
        Optional<Deadline> newDeadline = rs.getObject("new_due_on") == null ? Optional.empty()
                : Optional.of(new Deadline(rs.getInt("new_days"), SqlValues.date(rs, "new_due_on"), SqlValues.instant(rs, "new_passes_at")));
        return new Verification(rs.getInt("round"), Verdict.valueOf(rs.getString("verdict")), SqlValues.optionalString(rs, "reason"),
                newDeadline, SqlValues.instant(rs, "verified_at"), rs.getString("verified_by"));
    }

    /** A task's own row, waiting for its indicators and rounds. */
    private record Row(UUID id, long version, UUID notice, String scheme, AreaCode within, AssessmentPeriod period, AssessedUnit unit,
                       AreaCode area, String issue, Instant openedAt, String openedBy, Deadline deadline, State state,
                       Optional<Escalation> escalation) {

        SupervisionTask task(List<String> indicators, List<Rectification> reports, List<Verification> verifications) {
            return new SupervisionTask(id, version, notice, scheme, within, period, unit, area, issue, indicators, openedAt, openedBy,
                    deadline, state, reports, verifications, escalation);
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Optional<Instant> escalatedAt = SqlValues.optionalInstant(rs, "escalated_at");
        Optional<Escalation> escalation = escalatedAt.isEmpty() ? Optional.empty() : Optional.of(new Escalation(escalatedAt.get(),
                AreaCode.of(rs.getString("escalated_to")), rs.getString("escalation_reason")));
        return new Row(SqlValues.uuid(rs, "id"), rs.getLong("version"), SqlValues.uuid(rs, "notice_id"), rs.getString("scheme"),
                AreaCode.of(rs.getString("within_code")), AssessmentPeriod.parse(rs.getString("period_text")),
                new AssessedUnit(Subject.valueOf(rs.getString("subject")), rs.getString("unit_key"), rs.getString("unit_name")),
                AreaCode.of(rs.getString("area_code")), rs.getString("issue"), SqlValues.instant(rs, "opened_at"),
                rs.getString("opened_by"), new Deadline(rs.getInt("deadline_days"), SqlValues.date(rs, "due_on"),
                SqlValues.instant(rs, "passes_at")), State.valueOf(rs.getString("state")), escalation);
    }
}
