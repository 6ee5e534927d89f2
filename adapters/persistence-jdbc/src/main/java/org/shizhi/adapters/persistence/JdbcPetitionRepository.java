package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.Update;
import org.shizhi.domain.dispute.model.DisputeId;
import org.shizhi.domain.law.model.Petition;
import org.shizhi.domain.law.model.PetitionChannel;
import org.shizhi.domain.law.model.PetitionFigures;
import org.shizhi.domain.law.model.PetitionId;
import org.shizhi.domain.law.model.PetitionState;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.law.port.out.PetitionRepository;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;

/** Petitions in {@code petition}; the backlog and the figures are selected and counted by the database. */
final class JdbcPetitionRepository implements PetitionRepository {

    private static final String TABLE = "petition";
    private static final Keyset NEWEST_FIRST = Keyset.byInstant("p.received_at", true, "p.id");
    private static final Keyset OLDEST_FIRST = Keyset.byInstant("p.received_at", false, "p.id");
    /** In the backlog at :now: see {@link Petition#inBacklog}. */
    private static final String IN_BACKLOG = "(p.state = 'REOPENED' OR (p.state = 'ACCEPTED' AND p.reply_passes_at <= :now))";

    private final Jdbi jdbi;
    static final String PETITIONER_NAME = "petition.petitioner_name";
    static final String LEADER = "petition.leader";

    private final LawPeople people;

    JdbcPetitionRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.people = new LawPeople(cipher);
    }

    @Override
    public void save(Petition p) {
        jdbi.useTransaction(h -> LawPeople.write(h, TABLE, "petition " + p.id(), p.version(),
                changing(people.bind(h.createUpdate("""
                        INSERT INTO petition (id, community_code, petitioner_name, petitioner_id_number, petitioner_mobile,
                            matter, channel, agency, received_at, acceptance_working_days, acceptance_due_on,
                            acceptance_passes_at, state, repeat_of, accepted_at, not_accepted_reason, reply_working_days,
                            reply_due_on, reply_passes_at, extension_reason, leader, dispute_id, reply, replied_at, reopenings,
                            outcome, petitioner_response, cleared_at, visit_task_id, version)
                        VALUES (:id, :community_code, :petitioner_name, :petitioner_id_number, :petitioner_mobile, :matter,
                            :channel, :agency, :received_at, :acceptance_working_days, :acceptance_due_on,
                            :acceptance_passes_at, :state, :repeat_of, :accepted_at, :not_accepted_reason, :reply_working_days,
                            :reply_due_on, :reply_passes_at, :extension_reason, :leader, :dispute_id, :reply, :replied_at,
                            :reopenings, :outcome, :petitioner_response, :cleared_at, :visit_task_id, :version)""")
                        .bind("community_code", p.area().toString()).bind("matter", p.matter())
                        .bind("channel", p.channel().name()).bind("agency", p.agency())
                        .bind("received_at", SqlValues.instant(p.receivedAt()))
                        .bind("acceptance_working_days", p.acceptanceDue().workingDays())
                        .bind("acceptance_due_on", SqlValues.date(p.acceptanceDue().dueOn()))
                        .bind("acceptance_passes_at", SqlValues.instant(p.acceptanceDue().passesAt()))
                        .bind("repeat_of", SqlValues.uuid(p.repeatOf().map(PetitionId::value).orElse(null)))
                        .bind("visit_task_id", SqlValues.uuid(p.visitTask().orElse(null))), TABLE, "petitioner", p.petitioner()), p),
                changing(h.createUpdate("""
                        UPDATE petition SET state = :state, accepted_at = :accepted_at, not_accepted_reason = :not_accepted_reason,
                            reply_working_days = :reply_working_days, reply_due_on = :reply_due_on,
                            reply_passes_at = :reply_passes_at, extension_reason = :extension_reason, leader = :leader,
                            dispute_id = :dispute_id, reply = :reply, replied_at = :replied_at, reopenings = :reopenings,
                            outcome = :outcome, petitioner_response = :petitioner_response, cleared_at = :cleared_at,
                            version = :version
                        WHERE id = :id AND version = :expected"""), p)));
    }

    private Update changing(Update s, Petition p) {
        Optional<Deadline> due = p.replyDue();
        return s.bind("id", SqlValues.uuid(p.id().value()))
                .bind("state", p.state().name())
                .bind("accepted_at", SqlValues.instant(p.acceptedAt()))
                .bind("not_accepted_reason", p.notAcceptedReason().orElse(null))
                .bind("reply_working_days", due.map(Deadline::workingDays).orElse(null))
                .bind("reply_due_on", SqlValues.date(due.map(Deadline::dueOn).orElse(null)))
                .bind("reply_passes_at", SqlValues.instant(due.map(Deadline::passesAt)))
                .bind("extension_reason", p.extensionReason().orElse(null))
                .bind("leader", people.sealed(LEADER, p.leader()))
                .bind("dispute_id", SqlValues.uuid(p.dispute().map(DisputeId::value).orElse(null)))
                .bind("reply", p.reply().orElse(null))
                .bind("replied_at", SqlValues.instant(p.repliedAt()))
                .bind("reopenings", p.reopenings())
                .bind("outcome", p.outcome().orElse(null))
                .bind("petitioner_response", p.petitionerResponse().map(Enum::name).orElse(null))
                .bind("cleared_at", SqlValues.instant(p.clearedAt()))
                .bind("version", p.version());
    }

    @Override
    public Optional<Petition> find(PetitionId id) {
        return jdbi.withHandle(h -> select(h, "WHERE p.id = :id", q -> q.bind("id", SqlValues.uuid(id.value())))).stream().findFirst();
    }

    @Override
    public Slice<Petition> within(AreaCode area, Optional<PetitionState> state, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<Petition> found = jdbi.withHandle(h -> select(h, "WHERE " + range.on("p.community_code")
                + (state.isPresent() ? " AND p.state = :state" : "") + NEWEST_FIRST.after(page) + NEWEST_FIRST.orderAndLimit(), q -> {
                    state.ifPresent(s -> q.bind("state", s.name()));
                    return NEWEST_FIRST.bind(range.bind(q), page);
                }));
        return Slice.of(found, page, PetitionRepository::receivedPosition);
    }

    @Override
    public Slice<Petition> backlog(AreaCode area, Instant now, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<Petition> found = jdbi.withHandle(h -> select(h, "WHERE " + range.on("p.community_code") + " AND " + IN_BACKLOG
                + OLDEST_FIRST.after(page) + OLDEST_FIRST.orderAndLimit(),
                q -> OLDEST_FIRST.bind(range.bind(q).bind("now", SqlValues.instant(now)), page)));
        return Slice.of(found, page, PetitionRepository::receivedPosition);
    }

    @Override
    public List<Petition> repeatsOf(PetitionId id) {
        return jdbi.withHandle(h -> select(h, "WHERE p.repeat_of = :id ORDER BY p.received_at, p.id",
                q -> q.bind("id", SqlValues.uuid(id.value()))));
    }

    @Override
    public PetitionFigures figures(AreaCode area, LocalDate from, LocalDate to, Instant now) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> {
            int[] period = range.bind(h.createQuery("""
                    SELECT COUNT(*) AS received,
                        SUM(CASE WHEN p.accepted_at IS NOT NULL THEN 1 ELSE 0 END) AS accepted,
                        SUM(CASE WHEN p.replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,
                        SUM(CASE WHEN p.replied_at < p.reply_passes_at THEN 1 ELSE 0 END) AS on_time,
                        SUM(CASE WHEN p.replied_at IS NULL AND p.state <> 'CLEARED' AND p.reply_passes_at <= :now
                            THEN 1 ELSE 0 END) AS late
                    FROM petition p
                    WHERE %s AND p.received_at >= :from AND p.received_at < :to""".formatted(range.on("p.community_code"))))
                    .bind("from", SqlValues.instant(WorkingTime.startOf(from)))
                    .bind("to", SqlValues.instant(WorkingTime.startOf(to.plusDays(1))))
                    .bind("now", SqlValues.instant(now))
                    .map((rs, ctx) -> new int[] {rs.getInt("received"), rs.getInt("accepted"), rs.getInt("replied"),
                            rs.getInt("on_time"), rs.getInt("late")}).one();
            record Backlog(int count, Optional<Instant> oldest) {
            }
            Backlog backlog = range.bind(h.createQuery("SELECT COUNT(*) AS n, MIN(p.received_at) AS oldest FROM petition p WHERE "
                            + range.on("p.community_code") + " AND " + IN_BACKLOG))
                    .bind("now", SqlValues.instant(now))
                    .map((rs, ctx) -> new Backlog(rs.getInt("n"), SqlValues.optionalInstant(rs, "oldest"))).one();
            return new PetitionFigures(area, from, to, period[0], period[1], period[2], period[3], period[4], backlog.count(),
                    backlog.oldest().map(o -> (int) ChronoUnit.DAYS.between(WorkingTime.dateOf(o), WorkingTime.dateOf(now))));
        });
    }

    @Override
    public Map<AreaCode, PetitionFigures> figuresByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to, Instant now) {
        AreaRange range = AreaRange.of(within);
        String unit = AreaGroups.unit("p.community_code", level);
        return jdbi.withHandle(h -> {
            Map<AreaCode, int[]> period = new HashMap<>();
            range.bind(h.createQuery("""
                    SELECT %s AS unit, COUNT(*) AS received,
                        SUM(CASE WHEN p.accepted_at IS NOT NULL THEN 1 ELSE 0 END) AS accepted,
                        SUM(CASE WHEN p.replied_at IS NOT NULL THEN 1 ELSE 0 END) AS replied,
                        SUM(CASE WHEN p.replied_at < p.reply_passes_at THEN 1 ELSE 0 END) AS on_time,
                        SUM(CASE WHEN p.replied_at IS NULL AND p.state <> 'CLEARED' AND p.reply_passes_at <= :now
                            THEN 1 ELSE 0 END) AS late
                    FROM petition p
                    WHERE %s AND p.received_at >= :from AND p.received_at < :to GROUP BY %s""".formatted(unit, range.on("p.community_code"), unit)))
                    .bind("from", SqlValues.instant(WorkingTime.startOf(from)))
                    .bind("to", SqlValues.instant(WorkingTime.startOf(to.plusDays(1))))
                    .bind("now", SqlValues.instant(now))
                    .map((rs, ctx) -> period.put(AreaGroups.area(rs.getString("unit")), new int[] {rs.getInt("received"),
                            rs.getInt("accepted"), rs.getInt("replied"), rs.getInt("on_time"), rs.getInt("late")})).list();
            record Backlog(int count, Instant oldest) {
            }
            Map<AreaCode, Backlog> backlog = new HashMap<>();
            range.bind(h.createQuery("SELECT " + unit + " AS unit, COUNT(*) AS n, MIN(p.received_at) AS oldest FROM petition p WHERE "
                            + range.on("p.community_code") + " AND " + IN_BACKLOG + " GROUP BY " + unit))
                    .bind("now", SqlValues.instant(now))
                    .map((rs, ctx) -> backlog.put(AreaGroups.area(rs.getString("unit")), new Backlog(rs.getInt("n"),
                            SqlValues.instant(rs, "oldest")))).list();
            Map<AreaCode, PetitionFigures> out = new HashMap<>();
            for (AreaCode area : union(period.keySet(), backlog.keySet())) {
                int[] p = period.getOrDefault(area, new int[5]);
                Optional<Backlog> b = Optional.ofNullable(backlog.get(area));
                out.put(area, new PetitionFigures(area, from, to, p[0], p[1], p[2], p[3], p[4], b.map(Backlog::count).orElse(0),
                        b.map(o -> (int) ChronoUnit.DAYS.between(WorkingTime.dateOf(o.oldest()), WorkingTime.dateOf(now)))));
            }
            return out;
        });
    }

    private static Set<AreaCode> union(Set<AreaCode> a, Set<AreaCode> b) {
        Set<AreaCode> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private List<Petition> select(Handle h, String rest, UnaryOperator<Query> binder) {
        return binder.apply(h.createQuery("SELECT p.* FROM petition p " + rest)).map((rs, ctx) -> read(rs)).list();
    }

    private Petition read(ResultSet rs) throws SQLException {
        Optional<Integer> replyDays = SqlValues.optionalInt(rs, "reply_working_days");
        Optional<Deadline> replyDue = replyDays.isEmpty() ? Optional.empty()
                : Optional.of(new Deadline(replyDays.get(), SqlValues.date(rs, "reply_due_on"), SqlValues.instant(rs, "reply_passes_at")));
        return new Petition(new PetitionId(SqlValues.uuid(rs, "id")), rs.getLong("version"), AreaCode.of(rs.getString("community_code")),
                people.read(rs, TABLE, "petitioner"), rs.getString("matter"), PetitionChannel.valueOf(rs.getString("channel")),
                rs.getString("agency"), SqlValues.instant(rs, "received_at"),
                new Deadline(rs.getInt("acceptance_working_days"), SqlValues.date(rs, "acceptance_due_on"),
                        SqlValues.instant(rs, "acceptance_passes_at")),
                PetitionState.valueOf(rs.getString("state")), SqlValues.optionalUuid(rs, "repeat_of").map(PetitionId::new),
                SqlValues.optionalInstant(rs, "accepted_at"), SqlValues.optionalString(rs, "not_accepted_reason"), replyDue,
                SqlValues.optionalString(rs, "extension_reason"), people.opened(LEADER, rs, "leader"),
                SqlValues.optionalUuid(rs, "dispute_id").map(DisputeId::new), SqlValues.optionalString(rs, "reply"),
                SqlValues.optionalInstant(rs, "replied_at"), rs.getInt("reopenings"), SqlValues.optionalString(rs, "outcome"),
                SqlValues.optionalString(rs, "petitioner_response").map(Satisfaction::valueOf), SqlValues.optionalInstant(rs, "cleared_at"),
                SqlValues.optionalUuid(rs, "visit_task_id"));
    }
}
