package org.shizhi.adapters.persistence;

import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.shizhi.domain.grid.model.GridIntegrationEvents;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.shizhi.domain.grid.model.Attachment;
import org.shizhi.domain.grid.model.ChangeKind;
import org.shizhi.domain.grid.model.ClosedEventRecord;
import org.shizhi.domain.grid.model.DepartmentCode;
import org.shizhi.domain.grid.model.DigestTallies;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFilter;
import org.shizhi.domain.grid.model.EventState;
import org.shizhi.domain.grid.model.GridEvent;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.EventText;
import org.shizhi.domain.grid.model.GridEventId;
import org.shizhi.domain.grid.model.Resolution;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.Summons;
import org.shizhi.domain.grid.model.SummonsAnswer;
import org.shizhi.domain.grid.model.TextSimilarity;
import org.shizhi.domain.grid.model.TimelineEntry;
import org.shizhi.domain.grid.model.WeeklyDigest;
import org.shizhi.domain.grid.port.out.EventWrite;
import org.shizhi.domain.grid.port.out.GridEventRepository;
import org.shizhi.domain.shared.Acting;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.Role;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * Grid events in {@code grid_event} and the tables of their lists, their timelines in {@code grid_event_timeline}
 * (append-only: this class inserts entries and has no statement that updates or deletes one), and the case-archive
 * outbox's write side. {@link #save} is one transaction; {@link #claimOverdue} is one transaction that locks what it
 * claims with {@code FOR UPDATE SKIP LOCKED}, so concurrent callers, in one process or several, never share an event.
 */
final class JdbcGridEventRepository implements GridEventRepository {

    /** States in which the handling deadline runs: open and not yet resolved. */
    private static final List<String> AWAITING_HANDLING = Arrays.stream(EventState.values())
            .filter(EventState::awaitsHandling).map(Enum::name).toList();
    /** States that are not terminal (RESOLVED is open until the verdict). */
    private static final List<String> OPEN = Arrays.stream(EventState.values())
            .filter(EventState::isOpen).map(Enum::name).toList();
    /** The order of {@link #within}: newest report first, ids ascending on ties. */
    private static final Keyset BY_REPORT = Keyset.byInstant("e.reported_at", true, "e.id");
    /** The order of {@link #overdue}: earliest deadline first, ids ascending on ties. */
    private static final Keyset BY_DEADLINE = Keyset.byInstant("e.deadline_passes_at", false, "e.id");

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;
    private final GroupCommit<EventWrite> intake;
    private final WorkingDaysToClose closing;
    private final GridEventMonthTally tally;

    private final GridEventRows rows;

    /**
     * {@code intake} writes new events ({@link GridEventInserts}); every other change is a transaction of its own.
     * {@code closing} counts the working days a closure took, stored with it for the median; {@code tally} is changed
     * with every event's change.
     */
    JdbcGridEventRepository(Jdbi jdbi, PersonalDataCipher cipher, GroupCommit<EventWrite> intake, WorkingDaysToClose closing,
                            GridEventMonthTally tally) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.intake = intake;
        this.closing = closing;
        this.tally = tally;
        this.rows = new GridEventRows(cipher);
    }

    @Override
    public void save(EventWrite write) {
        GridEvent event = write.event();
        if (GridEventInserts.writes(write)) {
            insertWithOthers(write);
            return;
        }
        jdbi.useTransaction(h -> {
            Integer workingDays = closing.of(event);
            GridEventMonthTally.Counted counted = GridEventMonthTally.Counted.of(event, workingDays);
            if (write.isNew()) {
                insert(h, write, workingDays);
                tally.apply(h, new GridEventMonthTally.Changes().added(counted));
            } else {
                GridEventMonthTally.Counted before = update(h, event, write.expectedVersion(), workingDays);
                tally.apply(h, new GridEventMonthTally.Changes().replace(before, counted));
            }
            writeDepartments(h, event, write.isNew());
            writeSummonses(h, event, write.isNew());
            appendToTimeline(h, write.entry(), event.version());
            write.closedRecord().ifPresent(record -> putInOutbox(h, record));
            JdbcWebhooks.append(h, cipher, GridIntegrationEvents.of(event, write.entry()));
        });
    }

    /** A new event, in a transaction shared with the intakes made at the same time (group commit). */
    private void insertWithOthers(EventWrite write) {
        try {
            intake.write(write);
        } catch (SQLException e) {
            if (SqlErrors.uniqueViolation(e)) {
                throw new ConflictException("version", "grid event " + write.event().id() + " already exists");
            }
            throw new IllegalStateException("grid event " + write.event().id() + " was not written", e);
        }
    }

    @Override
    public Optional<GridEvent> find(GridEventId id) {
        return jdbi.withHandle(h -> rows.select(h, "WHERE e.id = :id", q -> q.bind("id", SqlValues.uuid(id.value()))))
                .stream().findFirst();
    }

    @Override
    public List<TimelineEntry> timeline(GridEventId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT at, actor, actor_role, kind, from_state, to_state, note "
                        + "FROM grid_event_timeline WHERE event_id = :id ORDER BY version")
                .bind("id", SqlValues.uuid(id.value()))
                .map((rs, ctx) -> new TimelineEntry(id, SqlValues.instant(rs, "at"), rs.getString("actor"),
                        Role.valueOf(rs.getString("actor_role")),
                        ChangeKind.valueOf(rs.getString("kind")),
                        SqlValues.optionalString(rs, "from_state").map(EventState::valueOf),
                        EventState.valueOf(rs.getString("to_state")), rs.getString("note")))
                .list());
    }

    @Override
    public Slice<GridEvent> within(EventFilter filter, PageRequest page) {
        AreaRange range = AreaRange.of(filter.within());
        StringBuilder where = new StringBuilder("WHERE ").append(range.on("e.grid_code"));
        filter.state().ifPresent(s -> where.append(" AND e.state = :state"));
        filter.grade().ifPresent(g -> where.append(" AND e.grade_code = :grade"));
        filter.category().ifPresent(c -> where.append(" AND e.category = :category"));
        filter.reportedFrom().ifPresent(f -> where.append(" AND e.reported_at >= :reported_from"));
        filter.reportedBefore().ifPresent(b -> where.append(" AND e.reported_at < :reported_before"));
        where.append(BY_REPORT.after(page)).append(BY_REPORT.orderAndLimit());
        List<GridEvent> found = jdbi.withHandle(h -> rows.select(h, where.toString(), q -> {
            filter.state().ifPresent(s -> q.bind("state", s.name()));
            filter.grade().ifPresent(g -> q.bind("grade", g));
            filter.category().ifPresent(c -> q.bind("category", c.name()));
            filter.reportedFrom().ifPresent(f -> q.bind("reported_from", SqlValues.instant(f)));
            filter.reportedBefore().ifPresent(b -> q.bind("reported_before", SqlValues.instant(b)));
            return BY_REPORT.bind(range.bind(q), page);
        }));
        return Slice.of(found, page, GridEventRepository::reportPosition);
    }

    @Override
    public List<EventText> recentOpen(AreaCode area, Instant since, int limit) {
        // Read on every intake: the columns duplicate detection compares, none of the event's lists; for a
        // community (what intake asks) an ordered scan of grid_event_community_recent that stops at the limit. The
        // order names community_code first, though it is fixed here: H2 takes an index's order for ORDER BY only from
        // its first column on, and otherwise reads and sorts every open event of the week.
        AreaRange range = AreaRange.of(area);
        boolean community = area.level() == AdminLevel.COMMUNITY;
        String where = community ? "e.community_code = :community" : range.on("e.grid_code");
        return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT e.id, e.grid_code, e.state, e.reported_at, e.text_bigrams, e.version, "
                        + "CASE WHEN e.text_bigrams IS NULL THEN e.text END AS text FROM grid_event e "
                        + "WHERE " + where + " AND e.state IN (<open>) AND e.reported_at >= :since "
                        + "ORDER BY " + (community ? "e.community_code, " : "") + "e.reported_at DESC, e.id LIMIT :limit"))
                .bind("community", area.toString())
                .bindList("open", OPEN).bind("since", SqlValues.instant(since)).bind("limit", limit)
                .map((rs, ctx) -> new EventText(new GridEventId(SqlValues.uuid(rs, "id")), GridCode.parse(rs.getString("grid_code")),
                        EventState.valueOf(rs.getString("state")), SqlValues.instant(rs, "reported_at"),
                        bigrams(rs.getBytes("text_bigrams"), rs.getString("text")), rs.getLong("version")))
                .list());
    }

    @Override
    public Slice<GridEvent> overdue(AreaCode area, Instant now, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<GridEvent> overdue = jdbi.withHandle(h -> rows.select(h, "WHERE " + range.on("e.grid_code")
                        + " AND e.state IN (<awaiting>) AND e.deadline_passes_at <= :now"
                        + BY_DEADLINE.after(page) + BY_DEADLINE.orderAndLimit(),
                q -> BY_DEADLINE.bind(range.bind(q).bindList("awaiting", AWAITING_HANDLING).bind("now", SqlValues.instant(now)), page)));
        return Slice.of(overdue, page, GridEventRepository::deadlinePosition);
    }

    /**
     * In one transaction: walk the claimable events in deadline order, a window at a time, and lock those of each
     * window that no other caller holds with {@code FOR UPDATE SKIP LOCKED} (rows another caller is claiming right now
     * are passed over, not waited for); stamp what was locked with this call's claim and lease; read back what carries
     * the claim. Locking re-checks that an event is still free, on both engines, so a claim another caller committed
     * meanwhile is never taken over: each event goes to one caller.
     *
     * <p>Why windows, not one {@code ORDER BY ... LIMIT n FOR UPDATE SKIP LOCKED}: H2 (2.3.232) applies ORDER BY and
     * LIMIT before it skips locked rows, so while one caller held the first n events another would get none, though
     * more were free. The locking statement therefore has neither, and the windows are read without locks, by keyset
     * on (deadline, id) so that claims committed meanwhile do not shift them. The same statements serve PostgreSQL.
     */
    @Override
    public List<GridEvent> claimOverdue(AreaCode area, Instant now, Duration lease, int limit) {
        Claimable claimable = new Claimable(AreaRange.of(area), now);
        String claim = UUID.randomUUID().toString();
        return jdbi.inTransaction(h -> {
            List<UUID> claimed = new ArrayList<>();
            Optional<Candidate> after = Optional.empty();
            while (claimed.size() < limit) {
                List<Candidate> window = claimable.window(h, after, limit);
                if (window.isEmpty()) {
                    break;
                }
                after = Optional.of(window.getLast());
                Set<UUID> locked = claimable.lockFree(h, window);
                window.stream().map(Candidate::id).filter(locked::contains).limit(limit - claimed.size()).forEach(claimed::add);
            }
            if (claimed.isEmpty()) {
                return List.<GridEvent>of();
            }
            List<Argument> ids = claimed.stream().map(SqlValues::uuid).toList();
            h.createUpdate("UPDATE grid_event SET claimed_by = :claim, claimed_until = :until WHERE id IN (<ids>)")
                    .bind("claim", claim)
                    .bind("until", SqlValues.instant(now.plus(lease)))
                    .bindList("ids", ids)
                    .execute();
            return rows.select(h, "WHERE e.claimed_by = :claim AND e.id IN (<ids>) ORDER BY e.deadline_passes_at, e.id",
                    q -> q.bind("claim", claim).bindList("ids", ids));
        });
    }

    /** An event that may be claimed, with the keys of the claiming order. */
    private record Candidate(Instant deadline, UUID id) {
    }

    /**
     * The events a claim may take at {@code now}: inside the area, awaiting handling, overdue, below CITY level, and
     * held by no running claim.
     */
    private record Claimable(AreaRange range, Instant now) {

        String condition() {
            return range.on("e.grid_code") + " AND e.state IN (<awaiting>) AND e.deadline_passes_at <= :now"
                    + " AND e.handling_level <> 'CITY' AND (e.claimed_until IS NULL OR e.claimed_until <= :now)";
        }

        /** The next {@code size} of them after {@code after} in (deadline, id) order, read without locking. */
        List<Candidate> window(Handle h, Optional<Candidate> after, int size) {
            Query query = h.createQuery("SELECT e.deadline_passes_at, e.id FROM grid_event e WHERE " + condition()
                    + (after.isPresent()
                            ? " AND (e.deadline_passes_at > :after_deadline OR (e.deadline_passes_at = :after_deadline AND e.id > :after_id))"
                            : "")
                    + " ORDER BY e.deadline_passes_at, e.id LIMIT :size");
            after.ifPresent(a -> query.bind("after_deadline", SqlValues.instant(a.deadline())).bind("after_id", SqlValues.uuid(a.id())));
            return bind(query).bind("size", size)
                    .map((rs, ctx) -> new Candidate(SqlValues.instant(rs, "deadline_passes_at"), SqlValues.uuid(rs, "id")))
                    .list();
        }

        /**
         * Locks those of the candidates that are still claimable and that no other transaction holds, skipping the
         * held ones. No ORDER BY or LIMIT here: H2 would apply them before skipping.
         */
        Set<UUID> lockFree(Handle h, List<Candidate> candidates) {
            return new HashSet<>(bind(h.createQuery("SELECT e.id FROM grid_event e WHERE e.id IN (<ids>) AND " + condition()
                            + " FOR UPDATE SKIP LOCKED"))
                    .bindList("ids", candidates.stream().map(c -> SqlValues.uuid(c.id())).toList())
                    .map((rs, ctx) -> SqlValues.uuid(rs, "id"))
                    .list());
        }

        private Query bind(Query query) {
            return range.bind(query).bindList("awaiting", AWAITING_HANDLING).bind("now", SqlValues.instant(now));
        }
    }

    @Override
    public List<GridEvent> forDigest(AreaCode area, Instant from, Instant to) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> rows.select(h, "WHERE " + range.on("e.grid_code") + " AND ("
                        + "(e.reported_at >= :from AND e.reported_at < :to)"
                        + " OR (e.closed_at >= :from AND e.closed_at < :to)"
                        + " OR (e.verdict_at >= :from AND e.verdict_at < :to)"
                        + " OR (e.state IN (<awaiting>) AND e.deadline_passes_at < :to))"
                        + " ORDER BY e.reported_at, e.id",
                q -> range.bind(q).bindList("awaiting", AWAITING_HANDLING)
                        .bind("from", SqlValues.instant(from)).bind("to", SqlValues.instant(to))));
    }

    /**
     * Counted where the events are: one read grouped by community, category and grade (each figure a conditional
     * sum over the same rows {@link #forDigest} selects), and one read of the week's risk signals' few columns.
     */
    @Override
    public DigestTallies digestTallies(AreaCode area, Instant from, Instant to, Instant overdueAt) {
        AreaRange range = AreaRange.of(area);
        String inWeek = "(e.reported_at >= :from AND e.reported_at < :to)";
        // As the digest from forDigest's events: passed by the cut-off, and (as forDigest reads) before the week's end.
        String overdue = "(e.state IN (<awaiting>) AND e.deadline_passes_at <= :overdue_at AND e.deadline_passes_at < :to)";
        return jdbi.withHandle(h -> {
            List<DigestTallies.Tally> tallies = range.bind(h.createQuery("SELECT e.community_code, e.category, e.grade_code, "
                            + "MIN(e.grade_label) AS grade_label, e.grade_severity, "
                            + "SUM(CASE WHEN " + inWeek + " THEN 1 ELSE 0 END) AS reported, "
                            + "SUM(CASE WHEN " + overdue + " THEN 1 ELSE 0 END) AS overdue, "
                            + "SUM(CASE WHEN e.closed_at >= :from AND e.closed_at < :to THEN 1 ELSE 0 END) AS closed, "
                            + "SUM(CASE WHEN e.verdict_at >= :from AND e.verdict_at < :to THEN 1 ELSE 0 END) AS verdicts, "
                            + "SUM(CASE WHEN e.verdict_at >= :from AND e.verdict_at < :to THEN e.verdict_satisfaction ELSE 0 END) AS satisfaction "
                            + "FROM grid_event e WHERE " + range.on("e.grid_code") + " AND (" + inWeek
                            + " OR (e.closed_at >= :from AND e.closed_at < :to)"
                            + " OR (e.verdict_at >= :from AND e.verdict_at < :to)"
                            + " OR " + overdue + ")"
                            + " GROUP BY e.community_code, e.category, e.grade_code, e.grade_severity"))
                    .bindList("awaiting", AWAITING_HANDLING)
                    .bind("from", SqlValues.instant(from)).bind("to", SqlValues.instant(to))
                    .bind("overdue_at", SqlValues.instant(overdueAt))
                    .map((rs, ctx) -> new DigestTallies.Tally(AreaCode.of(rs.getString("community_code")),
                            EventCategory.valueOf(rs.getString("category")), rs.getString("grade_code"),
                            rs.getString("grade_label"), rs.getInt("grade_severity"), rs.getLong("reported"),
                            rs.getLong("overdue"), rs.getLong("closed"), rs.getLong("verdicts"), rs.getLong("satisfaction")))
                    .list();
            List<WeeklyDigest.RiskSignal> signals = range.bind(h.createQuery("SELECT e.id, e.grid_code, e.category, "
                            + "e.grade_code, e.grade_label, e.grade_severity, e.reported_at FROM grid_event e WHERE "
                            + range.on("e.grid_code") + " AND " + inWeek
                            + " AND (e.grade_severity > 1 OR e.category = :opinion) ORDER BY e.reported_at, e.id"))
                    .bind("from", SqlValues.instant(from)).bind("to", SqlValues.instant(to))
                    .bind("opinion", EventCategory.PUBLIC_OPINION.name())
                    .map((rs, ctx) -> new WeeklyDigest.RiskSignal(new GridEventId(SqlValues.uuid(rs, "id")),
                            GridCode.parse(rs.getString("grid_code")), EventCategory.valueOf(rs.getString("category")),
                            rs.getString("grade_code"), rs.getString("grade_label"), rs.getInt("grade_severity"),
                            SqlValues.instant(rs, "reported_at")))
                    .list();
            return new DigestTallies(tallies, signals);
        });
    }

    private void insert(Handle h, EventWrite write, Integer workingDays) {
        GridEvent event = write.event();
        try {
            Update insert = h.createUpdate("""
                    INSERT INTO grid_event (id, grid_code, community_code, category, text, text_bigrams, channel, reporter_name, reporter_mobile,
                        location_lon, location_lat, grade_code, grade_label, grade_severity, grade_level, reported_at,
                        handling_level, state, deadline_working_days, deadline_due_on, deadline_passes_at,
                        resolution_text, resolved_at, resolved_by, resolved_by_role, resolved_by_member, reported_by_member,
                        verdict_satisfaction, verdict_comment, verdict_at, verdict_by, verdict_by_role,
                        rejection_reason, merged_into, closed_at, closed_working_days, escalations, version)
                    VALUES (:id, :grid_code, :community_code, :category, :text, :text_bigrams, :channel, :reporter_name, :reporter_mobile,
                        :location_lon, :location_lat, :grade_code, :grade_label, :grade_severity, :grade_level, :reported_at,
                        :handling_level, :state, :deadline_working_days, :deadline_due_on, :deadline_passes_at,
                        :resolution_text, :resolved_at, :resolved_by, :resolved_by_role, :resolved_by_member, :reported_by_member,
                        :verdict_satisfaction, :verdict_comment, :verdict_at, :verdict_by, :verdict_by_role,
                        :rejection_reason, :merged_into, :closed_at, :closed_working_days, :escalations, :version)""")
                    .bind("id", SqlValues.uuid(event.id().value()))
                    .bind("grid_code", event.grid().value())
                    .bind("community_code", event.grid().community().toString())
                    .bind("category", event.category().name())
                    .bind("text", event.text())
                    .bind("text_bigrams", packed(TextSimilarity.to(event.text()).bigrams()))
                    .bind("channel", event.intake().channel().name())
                    .bind("reporter_name", event.intake().reporter().name())
                    .bind("reporter_mobile", event.intake().reporter().phone()
                            .map(p -> cipher.encrypt(GridEventRows.REPORTER_MOBILE, p.value())).orElse(null))
                    .bind("location_lon", event.intake().location().map(p -> p.lon()).orElse(null))
                    .bind("location_lat", event.intake().location().map(p -> p.lat()).orElse(null))
                    .bind("grade_code", event.grade().code())
                    .bind("grade_label", event.grade().label())
                    .bind("grade_severity", event.grade().severity())
                    .bind("grade_level", event.grade().handlingLevel().name())
                    .bind("reported_at", SqlValues.instant(event.reportedAt()))
                    .bind("reported_by_member", write.reportingGridMember().orElse(null));
            bindChangingColumns(insert, event).bind("closed_working_days", workingDays).execute();
        } catch (JdbiException e) {
            RuntimeException translated = SqlErrors.translate(e, "version", "grid event " + event.id());
            throw translated instanceof ConflictException ? translated : e;
        }
        batch(h, "INSERT INTO grid_event_grade_reason (event_id, seq, reason) VALUES (:event, :seq, :reason)",
                event.grade().reasons(), (b, reason) -> b.bind("reason", reason), event.id());
        batch(h, "INSERT INTO grid_event_attachment (event_id, seq, file_name, media_type, size_bytes, sha256) "
                        + "VALUES (:event, :seq, :file_name, :media_type, :size_bytes, :sha256)",
                event.intake().attachments(), (b, a) -> bindAttachment(b, a), event.id());
    }

    /**
     * Replaces what a change may change, if the stored event still has the version the change was made against; returns
     * what the month tally counted of it before (read at that version: a version is changed only with the row).
     */
    private GridEventMonthTally.Counted update(Handle h, GridEvent event, long expectedVersion, Integer workingDays) {
        Optional<GridEventMonthTally.Counted> before = h.createQuery("SELECT " + GridEventMonthTally.COUNTED_COLUMNS
                        + " FROM grid_event WHERE id = :id AND version = :expected")
                .bind("id", SqlValues.uuid(event.id().value())).bind("expected", expectedVersion)
                .map((rs, ctx) -> GridEventMonthTally.Counted.read(rs)).findOne();
        Update update = h.createUpdate("""
                UPDATE grid_event SET handling_level = :handling_level, state = :state,
                    deadline_working_days = :deadline_working_days, deadline_due_on = :deadline_due_on,
                    deadline_passes_at = :deadline_passes_at,
                    resolution_text = :resolution_text, resolved_at = :resolved_at, resolved_by = :resolved_by,
                    resolved_by_role = :resolved_by_role, resolved_by_member = :resolved_by_member, verdict_satisfaction = :verdict_satisfaction,
                    verdict_comment = :verdict_comment, verdict_at = :verdict_at, verdict_by = :verdict_by,
                    verdict_by_role = :verdict_by_role, rejection_reason = :rejection_reason, merged_into = :merged_into,
                    closed_at = :closed_at, closed_working_days = :closed_working_days, escalations = :escalations, version = :version,
                    claimed_by = NULL, claimed_until = NULL
                WHERE id = :id AND version = :expected""")
                .bind("id", SqlValues.uuid(event.id().value()))
                .bind("expected", expectedVersion);
        if (before.isEmpty() || bindChangingColumns(update, event).bind("closed_working_days", workingDays).execute() == 0) {
            Optional<Long> stored = h.createQuery("SELECT version FROM grid_event WHERE id = :id")
                    .bind("id", SqlValues.uuid(event.id().value())).mapTo(Long.class).findOne();
            throw new StaleVersionException("grid event " + event.id() + " is at version "
                    + stored.map(String::valueOf).orElse("(none: it was never stored)") + ", not " + expectedVersion);
        }
        return before.get();
    }

    /**
     * The grid member id a grid worker resolved the event as (V253): their handling is counted by it, as their visits
     * and training are; null unless resolved by a grid worker.
     */
    static String resolvingGridMember(GridEvent event) {
        return event.resolution().map(Resolution::by).filter(by -> by.role() == Role.GRID_WORKER).map(Acting::gridMemberId)
                .orElse(null);
    }

    private static Update bindChangingColumns(Update statement, GridEvent event) {
        return statement
                .bind("handling_level", event.handlingLevel().name())
                .bind("state", event.state().name())
                .bind("deadline_working_days", event.deadline().workingDays())
                .bind("deadline_due_on", SqlValues.date(event.deadline().dueOn()))
                .bind("deadline_passes_at", SqlValues.instant(event.deadline().passesAt()))
                .bind("resolution_text", event.resolution().map(r -> r.text()).orElse(null))
                .bind("resolved_at", SqlValues.instant(event.resolution().map(r -> r.at())))
                .bind("resolved_by", event.resolution().map(r -> r.by().subject()).orElse(null))
                .bind("resolved_by_role", event.resolution().map(r -> r.by().role().name()).orElse(null))
                .bind("resolved_by_member", resolvingGridMember(event))
                .bind("verdict_satisfaction", event.verdict().map(v -> v.satisfaction()).orElse(null))
                .bind("verdict_comment", event.verdict().map(v -> v.comment()).orElse(null))
                .bind("verdict_at", SqlValues.instant(event.verdict().map(v -> v.at())))
                .bind("verdict_by", event.verdict().map(v -> v.recordedBy().subject()).orElse(null))
                .bind("verdict_by_role", event.verdict().map(v -> v.recordedBy().role().name()).orElse(null))
                .bind("rejection_reason", event.rejectionReason().orElse(null))
                .bind("merged_into", SqlValues.uuid(event.mergedInto().map(GridEventId::value).orElse(null)))
                .bind("closed_at", SqlValues.instant(event.closedAt()))
                .bind("escalations", event.escalations())
                .bind("version", event.version());
    }

    /** The departments the event is dispatched to: written when they differ from the stored ones. */
    private static void writeDepartments(Handle h, GridEvent event, boolean isNew) {
        UUID id = event.id().value();
        if (!isNew) {
            List<String> stored = h.createQuery("SELECT department FROM grid_event_department WHERE event_id = :event ORDER BY seq")
                    .bind("event", SqlValues.uuid(id)).mapTo(String.class).list();
            if (stored.equals(event.dispatchedTo().stream().map(DepartmentCode::value).toList())) {
                return;
            }
            h.createUpdate("DELETE FROM grid_event_department WHERE event_id = :event").bind("event", SqlValues.uuid(id)).execute();
        }
        batch(h, "INSERT INTO grid_event_department (event_id, seq, department) VALUES (:event, :seq, :department)",
                event.dispatchedTo(), (b, d) -> b.bind("department", d.value()), event.id());
    }

    /** Summonses and their answers are only ever added: inserts those not stored yet. */
    private static void writeSummonses(Handle h, GridEvent event, boolean isNew) {
        if (event.summonses().isEmpty()) {
            return;
        }
        UUID id = event.id().value();
        Set<UUID> storedSummonses = new HashSet<>();
        Set<Map.Entry<UUID, String>> storedAnswers = new HashSet<>();
        if (!isNew) {
            h.createQuery("SELECT id FROM grid_event_summons WHERE event_id = :event").bind("event", SqlValues.uuid(id))
                    .map((rs, ctx) -> SqlValues.uuid(rs, "id")).forEach(storedSummonses::add);
            h.createQuery("SELECT a.summons_id, a.department FROM grid_event_summons_answer a "
                            + "JOIN grid_event_summons s ON s.id = a.summons_id WHERE s.event_id = :event")
                    .bind("event", SqlValues.uuid(id))
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "summons_id"), rs.getString("department")))
                    .forEach(storedAnswers::add);
        }
        for (int i = 0; i < event.summonses().size(); i++) {
            Summons summons = event.summonses().get(i);
            UUID summonsId = summons.id().value();
            if (!storedSummonses.contains(summonsId)) {
                h.createUpdate("INSERT INTO grid_event_summons (id, event_id, seq, summoned_by, summoned_by_role, summoned_at, "
                                + "within_amount, within_unit, due_at) "
                                + "VALUES (:id, :event, :seq, :by, :by_role, :at, :within_amount, :within_unit, :due_at)")
                        .bind("id", SqlValues.uuid(summonsId))
                        .bind("event", SqlValues.uuid(id))
                        .bind("seq", i)
                        .bind("by", summons.by().subject())
                        .bind("by_role", summons.by().role().name())
                        .bind("at", SqlValues.instant(summons.summonedAt()))
                        .bind("within_amount", summons.within().amount())
                        .bind("within_unit", summons.within().unit().name())
                        .bind("due_at", SqlValues.instant(summons.dueAt()))
                        .execute();
                PreparedBatch departments = h.prepareBatch("INSERT INTO grid_event_summons_department (summons_id, seq, department) "
                        + "VALUES (:summons, :seq, :department)");
                for (int d = 0; d < summons.departments().size(); d++) {
                    departments.bind("summons", SqlValues.uuid(summonsId)).bind("seq", d)
                            .bind("department", summons.departments().get(d).value()).add();
                }
                departments.execute();
            }
            for (int a = 0; a < summons.answers().size(); a++) {
                SummonsAnswer answer = summons.answers().get(a);
                if (storedAnswers.contains(Map.entry(summonsId, answer.department().value()))) {
                    continue;
                }
                h.createUpdate("INSERT INTO grid_event_summons_answer (summons_id, department, seq, kind, answered_at, "
                                + "answered_by, answered_by_role, note, late_by_nanos) "
                                + "VALUES (:summons, :department, :seq, :kind, :at, :by, :by_role, :note, :late_by_nanos)")
                        .bind("summons", SqlValues.uuid(summonsId))
                        .bind("department", answer.department().value())
                        .bind("seq", a)
                        .bind("kind", answer.kind().name())
                        .bind("at", SqlValues.instant(answer.at()))
                        .bind("by", answer.by().subject())
                        .bind("by_role", answer.by().role().name())
                        .bind("note", answer.note())
                        .bind("late_by_nanos", answer.lateBy().toNanos())
                        .execute();
            }
        }
    }

    /** The one statement that writes the timeline: an insert. */
    private static void appendToTimeline(Handle h, TimelineEntry entry, long version) {
        h.createUpdate("INSERT INTO grid_event_timeline (event_id, version, at, actor, actor_role, kind, from_state, to_state, note) "
                        + "VALUES (:event, :version, :at, :actor, :actor_role, :kind, :from_state, :to_state, :note)")
                .bind("event", SqlValues.uuid(entry.eventId().value()))
                .bind("version", version)
                .bind("at", SqlValues.instant(entry.at()))
                .bind("actor", entry.actor())
                .bind("actor_role", entry.role().name())
                .bind("kind", entry.kind().name())
                .bind("from_state", entry.from().map(Enum::name).orElse(null))
                .bind("to_state", entry.to().name())
                .bind("note", entry.note())
                .execute();
    }

    private static void putInOutbox(Handle h, ClosedEventRecord record) {
        h.createUpdate("""
                        INSERT INTO case_archive_outbox (event_id, grid_code, community_code, category, grade_code, grade_label,
                            handling_level, channel, text, reported_at, closed_at, resolution, satisfaction, comment,
                            merged_into, escalations, version)
                        VALUES (:event, :grid_code, :community_code, :category, :grade_code, :grade_label,
                            :handling_level, :channel, :text, :reported_at, :closed_at, :resolution, :satisfaction, :comment,
                            :merged_into, :escalations, :version)""")
                .bind("event", SqlValues.uuid(record.eventId().value()))
                .bind("grid_code", record.grid().value())
                .bind("community_code", record.community().value())
                .bind("category", record.category().name())
                .bind("grade_code", record.gradeCode())
                .bind("grade_label", record.gradeLabel())
                .bind("handling_level", record.handlingLevel().name())
                .bind("channel", record.channel().name())
                .bind("text", record.text())
                .bind("reported_at", SqlValues.instant(record.reportedAt()))
                .bind("closed_at", SqlValues.instant(record.closedAt()))
                .bind("resolution", record.resolution().orElse(null))
                .bind("satisfaction", record.satisfaction().isPresent() ? record.satisfaction().getAsInt() : null)
                .bind("comment", record.comment().orElse(null))
                .bind("merged_into", SqlValues.uuid(record.mergedInto().map(GridEventId::value).orElse(null)))
                .bind("escalations", record.escalations())
                .bind("version", record.version())
                .execute();
    }

    /** Bigrams as {@code text_bigrams} keeps them: each long in 8 bytes, big-endian, in their order. */
    static byte[] packed(long[] bigrams) {
        ByteBuffer bytes = ByteBuffer.allocate(bigrams.length * Long.BYTES);
        bytes.asLongBuffer().put(bigrams);
        return bytes.array();
    }

    /** The stored bigrams, or for an event stored before there were any, its text's. */
    static TextSimilarity.Prepared bigrams(byte[] packed, String text) {
        if (packed == null) {
            return TextSimilarity.to(text);
        }
        long[] bigrams = new long[packed.length / Long.BYTES];
        ByteBuffer.wrap(packed).asLongBuffer().get(bigrams);
        return TextSimilarity.fromBigrams(bigrams);
    }

    private static PreparedBatch bindAttachment(PreparedBatch batch, Attachment attachment) {
        return batch.bind("file_name", attachment.fileName())
                .bind("media_type", attachment.mediaType())
                .bind("size_bytes", attachment.sizeBytes())
                .bind("sha256", attachment.sha256());
    }

    /** Inserts one row per item of a list that belongs to an event, {@code :event} and {@code :seq} bound here. */
    private static <T> void batch(Handle h, String sql, List<T> items, BiConsumer<PreparedBatch, T> binder,
                                  GridEventId event) {
        if (items.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(sql);
        for (int i = 0; i < items.size(); i++) {
            batch.bind("event", SqlValues.uuid(event.value())).bind("seq", i);
            binder.accept(batch, items.get(i));
            batch.add();
        }
        batch.execute();
    }
}
