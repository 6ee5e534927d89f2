package org.shizhi.adapters.persistence;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.JdbiException;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.grid.model.DigestWeek;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.programme.model.FindingKind;
import org.shizhi.domain.programme.model.ProgrammeRun;
import org.shizhi.domain.programme.model.RunStatus;
import org.shizhi.domain.programme.model.VisitFinding;
import org.shizhi.domain.programme.model.VisitTask;
import org.shizhi.domain.programme.model.VisitTaskId;
import org.shizhi.domain.programme.port.out.DigestRecords;
import org.shizhi.domain.programme.port.out.ProgrammeRuns;
import org.shizhi.domain.programme.port.out.VisitTaskRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.NotFoundException;

/** Recurring programmes' runs, visit tasks and recorded digests (V30). */
final class JdbcProgrammes {

    private JdbcProgrammes() {
    }

    static final class Runs implements ProgrammeRuns {

        private final Jdbi jdbi;

        Runs(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        @Override
        public OptionalInt claim(String programme, AreaCode city, Instant dueAt, Instant now, Duration lease) {
            ProgrammeRun.requireId(programme);
            try {
                // The primary key decides between instances: the insert succeeds for exactly one.
                jdbi.useHandle(h -> h.createUpdate("INSERT INTO programme_run (programme, city, due_at, started_at, status) "
                                + "VALUES (:programme, :city, :due, :now, 'RUNNING')")
                        .bind("programme", programme).bind("city", city.cityCode().value())
                        .bind("due", SqlValues.instant(dueAt)).bind("now", SqlValues.instant(now)).execute());
                return OptionalInt.of(1);
            } catch (JdbiException e) {
                if (!(SqlErrors.translate(e, "programme run", "programme") instanceof ConflictException)) {
                    throw e;
                }
            }
            return takeOver(programme, city, dueAt, now, lease);
        }

        /**
         * The run exists: take it over if it is RUNNING past its lease. The update names the attempt read, so of
         * concurrent takers exactly one changes the row (PostgreSQL re-checks the condition after the row lock; H2 either
         * does too or refuses the loser with a concurrent-update error, answered as not claimed).
         */
        private OptionalInt takeOver(String programme, AreaCode city, Instant dueAt, Instant now, Duration lease) {
            Optional<ProgrammeRun> found = jdbi.withHandle(h -> h.createQuery(RUN_COLUMNS + " WHERE programme = :programme "
                            + "AND city = :city AND due_at = :due")
                    .bind("programme", programme).bind("city", city.cityCode().value()).bind("due", SqlValues.instant(dueAt))
                    .map((rs, ctx) -> run(rs)).findOne());
            if (found.isEmpty() || found.get().status() != RunStatus.RUNNING || found.get().startedAt().isAfter(now.minus(lease))) {
                return OptionalInt.empty();
            }
            ProgrammeRun stale = found.get();
            int attempt = stale.attempt() + 1;
            try {
                int updated = jdbi.withHandle(h -> h.createUpdate("UPDATE programme_run SET started_at = :now, attempt = :next, "
                                + "taken_over_at = :now, summary = :note WHERE programme = :programme AND city = :city AND due_at = :due "
                                + "AND status = 'RUNNING' AND attempt = :seen AND started_at <= :expired")
                        .bind("now", SqlValues.instant(now)).bind("next", attempt)
                        .bind("note", ProgrammeRun.takeoverNote(stale.startedAt(), lease))
                        .bind("programme", programme).bind("city", city.cityCode().value()).bind("due", SqlValues.instant(dueAt))
                        .bind("seen", stale.attempt()).bind("expired", SqlValues.instant(now.minus(lease))).execute());
                return updated == 1 ? OptionalInt.of(attempt) : OptionalInt.empty();
            } catch (JdbiException e) {
                if (concurrentUpdate(e)) {
                    return OptionalInt.empty();
                }
                throw e;
            }
        }

        /** H2's refusal of an update of a row another transaction changed meanwhile (90131), or a serialization failure. */
        private static boolean concurrentUpdate(JdbiException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && ("90131".equals(sql.getSQLState()) || "40001".equals(sql.getSQLState()))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean finish(String programme, AreaCode city, Instant dueAt, int attempt, RunStatus status, Instant at, String summary) {
            if (status == RunStatus.RUNNING) {
                throw new IllegalArgumentException("a run finishes SUCCEEDED or FAILED");
            }
            return jdbi.inTransaction(h -> {
                Optional<ProgrammeRun> run = h.createQuery(RUN_COLUMNS + " WHERE programme = :programme AND city = :city "
                                + "AND due_at = :due FOR UPDATE")
                        .bind("programme", programme).bind("city", city.cityCode().value()).bind("due", SqlValues.instant(dueAt))
                        .map((rs, ctx) -> run(rs)).findOne();
                if (run.isEmpty()) {
                    throw new NotFoundException("programme run", programme + " " + city + " " + dueAt);
                }
                if (run.get().attempt() != attempt || run.get().status() != RunStatus.RUNNING) {
                    return false;
                }
                String text = ProgrammeRun.withTakeoverNote(run.get().summary(), summary);
                h.createUpdate("UPDATE programme_run SET status = :status, finished_at = :at, summary = :summary "
                                + "WHERE programme = :programme AND city = :city AND due_at = :due AND attempt = :attempt")
                        .bind("status", status.name()).bind("at", SqlValues.instant(at))
                        .bind("summary", text.length() > ProgrammeRun.MAX_SUMMARY_LENGTH ? text.substring(0, ProgrammeRun.MAX_SUMMARY_LENGTH) : text)
                        .bind("programme", programme).bind("city", city.cityCode().value()).bind("due", SqlValues.instant(dueAt))
                        .bind("attempt", attempt).execute();
                return true;
            });
        }

        private static final String RUN_COLUMNS = "SELECT programme, city, due_at, started_at, status, finished_at, summary, attempt, "
                + "taken_over_at FROM programme_run";

        private static ProgrammeRun run(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new ProgrammeRun(rs.getString("programme"), AreaCode.of(rs.getString("city")), SqlValues.instant(rs, "due_at"),
                    SqlValues.instant(rs, "started_at"), RunStatus.valueOf(rs.getString("status")),
                    SqlValues.optionalInstant(rs, "finished_at"), rs.getString("summary"), rs.getInt("attempt"),
                    SqlValues.optionalInstant(rs, "taken_over_at"));
        }

        @Override
        public List<ProgrammeRun> recent(AreaCode city, int limit) {
            return jdbi.withHandle(h -> h.createQuery(RUN_COLUMNS + " WHERE city = :city ORDER BY due_at DESC, programme LIMIT :limit")
                    .bind("city", city.cityCode().value()).bind("limit", limit)
                    .map((rs, ctx) -> run(rs))
                    .list());
        }
    }

    static final class Tasks implements VisitTaskRepository {

        private static final String COLUMNS = "id, programme, grid_code, member_id, post, visit_on, planned_at";
        private final Jdbi jdbi;

        Tasks(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        @Override
        public int plan(List<VisitTask> tasks) {
            return jdbi.inTransaction(h -> {
                int stored = 0;
                for (VisitTask task : tasks) {
                    boolean planned = h.createQuery("SELECT COUNT(*) FROM visit_task WHERE programme = :programme "
                                    + "AND grid_code = :grid AND member_id = :member AND visit_on = :day")
                            .bind("programme", task.programme()).bind("grid", task.grid().value())
                            .bind("member", SqlValues.uuid(task.member().value())).bind("day", SqlValues.date(task.visitOn()))
                            .mapTo(Long.class).one() > 0;
                    if (planned) {
                        continue;
                    }
                    h.createUpdate("INSERT INTO visit_task (" + COLUMNS + ") VALUES (:id, :programme, :grid, :member, :post, :day, :at)")
                            .bind("id", SqlValues.uuid(task.id().value())).bind("programme", task.programme())
                            .bind("grid", task.grid().value()).bind("member", SqlValues.uuid(task.member().value()))
                            .bind("post", task.post().name()).bind("day", SqlValues.date(task.visitOn()))
                            .bind("at", SqlValues.instant(task.plannedAt())).execute();
                    stored++;
                }
                return stored;
            });
        }

        @Override
        public Optional<VisitTask> find(VisitTaskId id) {
            return jdbi.withHandle(h -> withFindings(h, h.createQuery("SELECT " + COLUMNS + " FROM visit_task WHERE id = :id")
                    .bind("id", SqlValues.uuid(id.value())).map((rs, ctx) -> row(rs)).list())).stream().findFirst();
        }

        @Override
        public Slice<VisitTask> within(AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
            AreaRange range = AreaRange.of(area);
            Optional<VisitTaskRepository.Place> after = page.after().map(VisitTaskRepository.Place::of);
            // After (day, grid, id), expanded as Keyset does for one key column: the day bounds the index range.
            String afterPlace = after.isEmpty() ? "" : " AND visit_on >= :after_day AND (visit_on > :after_day"
                    + " OR grid_code > :after_grid OR (grid_code = :after_grid AND id > :after_id))";
            List<VisitTask> found = jdbi.withHandle(h -> {
                Query query = range.bind(h.createQuery("SELECT " + COLUMNS + " FROM visit_task WHERE "
                                + range.on("grid_code") + " AND visit_on >= :from AND visit_on <= :to" + afterPlace
                                + " ORDER BY visit_on, grid_code, id LIMIT :page_rows"))
                        .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to)).bind("page_rows", page.limit() + 1);
                after.ifPresent(place -> query.bind("after_day", SqlValues.date(place.day())).bind("after_grid", place.grid())
                        .bind("after_id", SqlValues.uuid(place.id())));
                return withFindings(h, query.map((rs, ctx) -> row(rs)).list());
            });
            return Slice.of(found, page, VisitTaskRepository.Place::of);
        }

        @Override
        public java.util.Map<org.shizhi.domain.grid.model.MemberId, Long> visitsMade(AreaCode area, LocalDate from, LocalDate to,
                                                                                    java.util.Set<org.shizhi.domain.grid.model.GridPost> posts) {
            AreaRange range = AreaRange.of(area);
            java.util.Map<org.shizhi.domain.grid.model.MemberId, Long> out = new java.util.HashMap<>();
            if (posts.isEmpty()) {
                return out;
            }
            jdbi.useHandle(h -> range.bind(h.createQuery("SELECT t.member_id, COUNT(*) AS visits FROM visit_task t WHERE "
                            + range.on("t.grid_code") + " AND t.visit_on >= :from AND t.visit_on <= :to AND t.post IN (<posts>) "
                            + "AND EXISTS (SELECT 1 FROM visit_finding f WHERE f.task_id = t.id) GROUP BY t.member_id"))
                    .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                    .bindList("posts", posts.stream().map(Enum::name).toList())
                    .map((rs, ctx) -> {
                        out.put(new org.shizhi.domain.grid.model.MemberId(SqlValues.uuid(rs, "member_id")), rs.getLong("visits"));
                        return 0;
                    }).list());
            return out;
        }

        @Override
        public VisitFinding addFinding(VisitTaskId task, VisitFinding finding) {
            try {
                return jdbi.inTransaction(h -> {
                    // Locks the task: findings of one task are appended one at a time, so seq and key stay unique.
                    boolean exists = h.createQuery("SELECT id FROM visit_task WHERE id = :id FOR UPDATE")
                            .bind("id", SqlValues.uuid(task.value())).map((rs, ctx) -> SqlValues.uuid(rs, "id")).findOne().isPresent();
                    if (!exists) {
                        throw new NotFoundException("visit task", task);
                    }
                    Optional<VisitFinding> earlier = finding(h, task, finding.key());
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    int seq = h.createQuery("SELECT COALESCE(MAX(seq), 0) + 1 FROM visit_finding WHERE task_id = :id")
                            .bind("id", SqlValues.uuid(task.value())).mapTo(Integer.class).one();
                    h.createUpdate("INSERT INTO visit_finding (task_id, seq, finding_key, kind, category, event_id, dispute_id, "
                                    + "petition_id, recorded_at) VALUES (:id, :seq, :key, :kind, :category, :event, :dispute, :petition, :at)")
                            .bind("id", SqlValues.uuid(task.value())).bind("seq", seq).bind("key", finding.key())
                            .bind("kind", finding.kind().name()).bind("category", finding.category().name())
                            .bind("event", SqlValues.uuid(finding.event().map(GridEventId::value).orElse(null)))
                            .bind("dispute", SqlValues.uuid(finding.dispute().map(DisputeId::value).orElse(null)))
                            .bind("petition", SqlValues.uuid(finding.petition().map(PetitionId::value).orElse(null)))
                            .bind("at", SqlValues.instant(finding.recordedAt())).execute();
                    return finding;
                });
            } catch (JdbiException e) {
                // A concurrent append under the same key won (the unique key): answer its finding.
                if (SqlErrors.translate(e, "key", "finding") instanceof ConflictException) {
                    return jdbi.withHandle(h -> finding(h, task, finding.key())).orElseThrow(() -> e);
                }
                throw e;
            }
        }

        private static Optional<VisitFinding> finding(Handle h, VisitTaskId task, String key) {
            return h.createQuery(FINDING_COLUMNS + " WHERE task_id = :id AND finding_key = :key")
                    .bind("id", SqlValues.uuid(task.value())).bind("key", key)
                    .map((rs, ctx) -> finding(rs)).findOne();
        }

        private static final String FINDING_COLUMNS = "SELECT task_id, finding_key, kind, category, event_id, dispute_id, petition_id, recorded_at "
                + "FROM visit_finding";

        private static VisitFinding finding(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new VisitFinding(rs.getString("finding_key"), FindingKind.valueOf(rs.getString("kind")),
                    EventCategory.valueOf(rs.getString("category")), SqlValues.optionalUuid(rs, "event_id").map(GridEventId::new),
                    SqlValues.optionalUuid(rs, "dispute_id").map(DisputeId::new),
                    SqlValues.optionalUuid(rs, "petition_id").map(PetitionId::new), SqlValues.instant(rs, "recorded_at"));
        }

        private static VisitTask row(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new VisitTask(new VisitTaskId(SqlValues.uuid(rs, "id")), rs.getString("programme"),
                    GridCode.parse(rs.getString("grid_code")), new MemberId(SqlValues.uuid(rs, "member_id")),
                    GridPost.valueOf(rs.getString("post")), SqlValues.date(rs, "visit_on"), SqlValues.instant(rs, "planned_at"),
                    List.of());
        }

        private static List<VisitTask> withFindings(Handle h, List<VisitTask> tasks) {
            if (tasks.isEmpty()) {
                return tasks;
            }
            Map<UUID, List<VisitFinding>> byTask = new HashMap<>();
            h.createQuery(FINDING_COLUMNS + " WHERE task_id IN (<ids>) ORDER BY task_id, seq")
                    .bindList("ids", tasks.stream().map(t -> t.id().value()).toList())
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "task_id"), finding(rs)))
                    .forEach(e -> byTask.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return tasks.stream().map(t -> new VisitTask(t.id(), t.programme(), t.grid(), t.member(), t.post(), t.visitOn(),
                    t.plannedAt(), byTask.getOrDefault(t.id().value(), List.of()))).toList();
        }
    }

    static final class Digests implements DigestRecords {

        private final Jdbi jdbi;

        Digests(Jdbi jdbi) {
            this.jdbi = jdbi;
        }

        @Override
        public void record(WeeklyDigest digest) {
            jdbi.useTransaction(h -> {
                h.createUpdate("DELETE FROM weekly_digest_record WHERE area = :area AND week_monday = :monday")
                        .bind("area", digest.area().value()).bind("monday", SqlValues.date(digest.week().monday())).execute();
                h.createUpdate("INSERT INTO weekly_digest_record (area, week_monday, as_of, reported, new_risk_signals, overdue, "
                                + "closed, verdicts) VALUES (:area, :monday, :asOf, :reported, :signals, :overdue, :closed, :verdicts)")
                        .bind("area", digest.area().value()).bind("monday", SqlValues.date(digest.week().monday()))
                        .bind("asOf", SqlValues.instant(digest.asOf())).bind("reported", digest.reported())
                        .bind("signals", (long) digest.newRiskSignals().size()).bind("overdue", digest.overdue())
                        .bind("closed", digest.closed()).bind("verdicts", digest.verdicts()).execute();
            });
        }

        @Override
        public Optional<Recorded> find(AreaCode area, DigestWeek week) {
            return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE area = :area AND week_monday = :monday")
                    .bind("area", area.value()).bind("monday", SqlValues.date(week.monday()))
                    .map((rs, ctx) -> recorded(rs)).findOne());
        }

        @Override
        public List<Recorded> recent(AreaCode area, int limit) {
            return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE area = :area ORDER BY week_monday DESC LIMIT :limit")
                    .bind("area", area.value()).bind("limit", limit)
                    .map((rs, ctx) -> recorded(rs)).list());
        }

        private static final String SELECT = "SELECT area, week_monday, as_of, reported, new_risk_signals, overdue, closed, verdicts "
                + "FROM weekly_digest_record";

        private static Recorded recorded(java.sql.ResultSet rs) throws java.sql.SQLException {
            return new Recorded(AreaCode.of(rs.getString("area")), new DigestWeek(SqlValues.date(rs, "week_monday")),
                    SqlValues.instant(rs, "as_of"), rs.getLong("reported"), rs.getLong("new_risk_signals"), rs.getLong("overdue"),
                    rs.getLong("closed"), rs.getLong("verdicts"));
        }
    }
}
