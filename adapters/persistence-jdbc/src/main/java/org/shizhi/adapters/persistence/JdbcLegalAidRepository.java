package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.law.model.Lawyer;
import org.shizhi.domain.law.model.LegalAidApplication;
import org.shizhi.domain.law.model.LegalAidCategory;
import org.shizhi.domain.law.model.LegalAidCentre;
import org.shizhi.domain.law.model.LegalAidId;
import org.shizhi.domain.law.model.LegalAidReport;
import org.shizhi.domain.law.model.LegalAidState;
import org.shizhi.domain.law.model.Satisfaction;
import org.shizhi.domain.law.port.out.LegalAidRepository;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;

/**
 * Legal-aid applications in {@code legal_aid_application} (hardship evidence in {@code legal_aid_evidence}, written
 * once with the application), centres and their lawyers in {@code legal_aid_centre} and {@code legal_aid_lawyer}. The
 * report and the decision counts are aggregates computed by the database.
 */
final class JdbcLegalAidRepository implements LegalAidRepository {

    private static final String TABLE = "legal_aid_application";
    private static final String COLUMNS = "a.id, a.community_code, a.applicant_name, a.applicant_id_number, a.applicant_mobile,"
            + " a.matter, a.category, a.received_on, a.decision_working_days, a.decision_due_on, a.decision_passes_at, a.state,"
            + " a.decided_at, a.refusal_reason, a.centre_code, a.lawyer_id, a.result, a.satisfaction, a.closed_at, a.version";
    private static final Keyset BY_RECEIPT = new Keyset("a.received_on", true, "a.id",
            p -> SqlValues.date(p.dateKey()), p -> SqlValues.uuid(p.uuidId()));
    private static final Keyset BY_DEADLINE = Keyset.byInstant("a.decision_passes_at", false, "a.id");

    private final Jdbi jdbi;
    static final String APPLICANT_NAME = "legal_aid_application.applicant_name";
    static final String LAWYER_NAME = "legal_aid_lawyer.name";

    private final LawPeople people;
    private final PersonalDataCipher cipher;

    JdbcLegalAidRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.people = new LawPeople(cipher);
        this.cipher = cipher;
    }

    @Override
    public void save(LegalAidApplication a) {
        jdbi.useTransaction(h -> {
            LawPeople.write(h, TABLE, "legal-aid application " + a.id(), a.version(),
                    changing(people.bind(h.createUpdate("""
                            INSERT INTO legal_aid_application (id, community_code, applicant_name, applicant_id_number,
                                applicant_mobile, matter, category, received_on, decision_working_days, decision_due_on,
                                decision_passes_at, state, decided_at, decision_days, refusal_reason, centre_code, lawyer_id,
                                result, satisfaction, closed_at, version)
                            VALUES (:id, :community_code, :applicant_name, :applicant_id_number, :applicant_mobile, :matter,
                                :category, :received_on, :decision_working_days, :decision_due_on, :decision_passes_at, :state,
                                :decided_at, :decision_days, :refusal_reason, :centre_code, :lawyer_id, :result, :satisfaction,
                                :closed_at, :version)""")
                            .bind("community_code", a.area().toString()).bind("matter", a.matter())
                            .bind("category", a.category().name()).bind("received_on", SqlValues.date(a.receivedOn()))
                            .bind("decision_working_days", a.decisionDue().workingDays())
                            .bind("decision_due_on", SqlValues.date(a.decisionDue().dueOn()))
                            .bind("decision_passes_at", SqlValues.instant(a.decisionDue().passesAt())), TABLE, "applicant", a.applicant()), a),
                    changing(h.createUpdate("""
                            UPDATE legal_aid_application SET state = :state, decided_at = :decided_at,
                                decision_days = :decision_days, refusal_reason = :refusal_reason, centre_code = :centre_code,
                                lawyer_id = :lawyer_id, result = :result, satisfaction = :satisfaction, closed_at = :closed_at,
                                version = :version
                            WHERE id = :id AND version = :expected"""), a));
            if (a.version() == 1) {
                for (int i = 0; i < a.hardshipEvidence().size(); i++) {
                    h.createUpdate("INSERT INTO legal_aid_evidence (application_id, seq, evidence) VALUES (:id, :seq, :evidence)")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("seq", i)
                            .bind("evidence", a.hardshipEvidence().get(i)).execute();
                }
            }
        });
    }

    private static org.jdbi.v3.core.statement.Update changing(org.jdbi.v3.core.statement.Update s, LegalAidApplication a) {
        return s.bind("id", SqlValues.uuid(a.id().value()))
                .bind("state", a.state().name())
                .bind("decided_at", SqlValues.instant(a.decidedAt()))
                .bind("decision_days", a.decidedAt().map(d -> (int) ChronoUnit.DAYS.between(a.receivedOn(), WorkingTime.dateOf(d))).orElse(null))
                .bind("refusal_reason", a.refusalReason().orElse(null))
                .bind("centre_code", a.centre().orElse(null))
                .bind("lawyer_id", a.lawyer().orElse(null))
                .bind("result", a.result().orElse(null))
                .bind("satisfaction", a.satisfaction().map(Enum::name).orElse(null))
                .bind("closed_at", SqlValues.instant(a.closedAt()))
                .bind("version", a.version());
    }

    @Override
    public Optional<LegalAidApplication> find(LegalAidId id) {
        return jdbi.withHandle(h -> select(h, "WHERE a.id = :id", q -> q.bind("id", SqlValues.uuid(id.value())))).stream().findFirst();
    }

    @Override
    public Slice<LegalAidApplication> within(AreaCode area, Optional<LegalAidState> state, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<LegalAidApplication> found = jdbi.withHandle(h -> select(h, "WHERE " + range.on("a.community_code")
                + (state.isPresent() ? " AND a.state = :state" : "") + BY_RECEIPT.after(page) + BY_RECEIPT.orderAndLimit(), q -> {
                    state.ifPresent(s -> q.bind("state", s.name()));
                    return BY_RECEIPT.bind(range.bind(q), page);
                }));
        return Slice.of(found, page, LegalAidRepository::receivedPosition);
    }

    @Override
    public Slice<LegalAidApplication> overdue(AreaCode area, Instant now, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<LegalAidApplication> found = jdbi.withHandle(h -> select(h, "WHERE " + range.on("a.community_code")
                + " AND a.state = 'RECEIVED' AND a.decision_passes_at <= :now" + BY_DEADLINE.after(page) + BY_DEADLINE.orderAndLimit(),
                q -> BY_DEADLINE.bind(range.bind(q).bind("now", SqlValues.instant(now)), page)));
        return Slice.of(found, page, LegalAidRepository::duePosition);
    }

    @Override
    public int caseload(String lawyerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM legal_aid_application WHERE lawyer_id = :lawyer AND state = 'ASSIGNED'")
                .bind("lawyer", lawyerId).mapTo(Integer.class).one());
    }

    @Override
    public void saveCentre(LegalAidCentre centre) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM legal_aid_lawyer WHERE centre_code = :code").bind("code", centre.code()).execute();
            if (h.createUpdate("UPDATE legal_aid_centre SET area_code = :area, name = :name WHERE code = :code")
                    .bind("code", centre.code()).bind("area", centre.area().toString()).bind("name", centre.name()).execute() == 0) {
                h.createUpdate("INSERT INTO legal_aid_centre (code, area_code, name) VALUES (:code, :area, :name)")
                        .bind("code", centre.code()).bind("area", centre.area().toString()).bind("name", centre.name()).execute();
            }
            for (int i = 0; i < centre.lawyers().size(); i++) {
                Lawyer l = centre.lawyers().get(i);
                h.createUpdate("INSERT INTO legal_aid_lawyer (centre_code, seq, lawyer_id, name, capacity) VALUES (:code, :seq, :id, :name, :capacity)")
                        .bind("code", centre.code()).bind("seq", i).bind("id", l.id()).bind("name", cipher.encrypt(LAWYER_NAME, l.name()))
                        .bind("capacity", l.capacity()).execute();
            }
        });
    }

    @Override
    public Optional<LegalAidCentre> centre(String code) {
        return jdbi.withHandle(h -> centres(h, "WHERE c.code = :code", q -> q.bind("code", code))).stream().findFirst();
    }

    @Override
    public List<LegalAidCentre> centresFor(AreaCode area) {
        // Inside the area, or one of its ancestors (a district's or city's centre serves every community in it).
        List<String> ancestors = new ArrayList<>();
        for (Optional<AreaCode> up = Optional.of(area); up.isPresent(); up = up.get().parent()) {
            ancestors.add(up.get().toString());
        }
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> centres(h, "WHERE " + range.on("c.area_code") + " OR c.area_code IN (<ancestors>)",
                q -> range.bind(q).bindList("ancestors", ancestors)));
    }

    private List<LegalAidCentre> centres(Handle h, String where, java.util.function.UnaryOperator<Query> binder) {
        record Row(String code, String area, String name) {
        }
        List<Row> rows = binder.apply(h.createQuery("SELECT c.code, c.area_code, c.name FROM legal_aid_centre c " + where + " ORDER BY c.code"))
                .map((rs, ctx) -> new Row(rs.getString("code"), rs.getString("area_code"), rs.getString("name"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<Lawyer>> lawyers = new HashMap<>();
        h.createQuery("SELECT centre_code, lawyer_id, name, capacity FROM legal_aid_lawyer WHERE centre_code IN (<codes>) ORDER BY centre_code, seq")
                .bindList("codes", rows.stream().map(Row::code).toList())
                .map((rs, ctx) -> Map.entry(rs.getString("centre_code"), new Lawyer(rs.getString("lawyer_id"),
                        cipher.decrypt(LAWYER_NAME, rs.getString("name")), rs.getInt("capacity"))))
                .forEach(e -> lawyers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return rows.stream().map(r -> new LegalAidCentre(r.code(), AreaCode.of(r.area()), r.name(),
                lawyers.getOrDefault(r.code(), List.of()))).toList();
    }

    @Override
    public LegalAidReport report(AreaCode area, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> {
            TreeMap<String, int[]> counts = new TreeMap<>();
            range.bind(h.createQuery("""
                    SELECT district, SUM(received) AS received, SUM(decided) AS decided, SUM(on_time) AS on_time,
                        SUM(open_cases) AS open_cases, SUM(capacity) AS capacity
                    FROM (
                        SELECT SUBSTRING(a.community_code FROM 1 FOR 6) AS district, 1 AS received,
                            CASE WHEN a.decided_at IS NOT NULL THEN 1 ELSE 0 END AS decided,
                            CASE WHEN a.decided_at < a.decision_passes_at THEN 1 ELSE 0 END AS on_time,
                            0 AS open_cases, 0 AS capacity
                        FROM legal_aid_application a
                        WHERE %1$s AND a.received_on >= :from AND a.received_on <= :to
                        UNION ALL
                        SELECT SUBSTRING(a.community_code FROM 1 FOR 6), 0, 0, 0, 1, 0
                        FROM legal_aid_application a
                        WHERE %1$s AND a.state IN ('GRANTED', 'ASSIGNED')
                        UNION ALL
                        SELECT SUBSTRING(c.area_code FROM 1 FOR 6), 0, 0, 0, 0, l.capacity
                        FROM legal_aid_centre c JOIN legal_aid_lawyer l ON l.centre_code = c.code
                        WHERE %2$s
                    ) x
                    GROUP BY district""".formatted(range.on("a.community_code"), range.on("c.area_code"))))
                    .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                    .map((rs, ctx) -> Map.entry(rs.getString("district"), new int[] {rs.getInt("received"), rs.getInt("decided"),
                            rs.getInt("on_time"), rs.getInt("open_cases"), rs.getInt("capacity")}))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            Map<String, Double> medians = new HashMap<>();
            range.bind(h.createQuery("""
                    SELECT SUBSTRING(a.community_code FROM 1 FOR 6) AS district,
                        PERCENTILE_CONT(0.5) WITHIN GROUP (ORDER BY a.decision_days) AS median_days
                    FROM legal_aid_application a
                    WHERE %s AND a.received_on >= :from AND a.received_on <= :to AND a.decision_days IS NOT NULL
                    GROUP BY SUBSTRING(a.community_code FROM 1 FOR 6)""".formatted(range.on("a.community_code"))))
                    .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                    .map((rs, ctx) -> Map.entry(rs.getString("district"), rs.getDouble("median_days")))
                    .forEach(e -> medians.put(e.getKey(), e.getValue()));
            List<LegalAidReport.Row> rows = counts.entrySet().stream().map(e -> {
                int[] c = e.getValue();
                return new LegalAidReport.Row(AreaCode.of(e.getKey()), c[0], c[1], c[2], Optional.ofNullable(medians.get(e.getKey())), c[3], c[4]);
            }).toList();
            return new LegalAidReport(area, from, to, rows);
        });
    }

    @Override
    public DecisionCount decisions(AreaCode area, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> range.bind(h.createQuery("""
                SELECT SUM(CASE WHEN a.decided_at IS NOT NULL THEN 1 ELSE 0 END) AS decided,
                    SUM(CASE WHEN a.decided_at < a.decision_passes_at THEN 1 ELSE 0 END) AS on_time
                FROM legal_aid_application a
                WHERE %s AND a.received_on >= :from AND a.received_on <= :to""".formatted(range.on("a.community_code"))))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> new DecisionCount(rs.getInt("decided"), rs.getInt("on_time"))).one());
    }

    @Override
    public Map<AreaCode, DecisionCount> decisionsByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(within);
        String unit = AreaGroups.unit("a.community_code", level);
        Map<AreaCode, DecisionCount> out = new HashMap<>();
        jdbi.useHandle(h -> range.bind(h.createQuery("""
                SELECT %s AS unit, SUM(CASE WHEN a.decided_at IS NOT NULL THEN 1 ELSE 0 END) AS decided,
                    SUM(CASE WHEN a.decided_at < a.decision_passes_at THEN 1 ELSE 0 END) AS on_time
                FROM legal_aid_application a
                WHERE %s AND a.received_on >= :from AND a.received_on <= :to GROUP BY %s""".formatted(unit, range.on("a.community_code"), unit)))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> out.put(AreaGroups.area(rs.getString("unit")), new DecisionCount(rs.getInt("decided"), rs.getInt("on_time"))))
                .list());
        return out;
    }

    private List<LegalAidApplication> select(Handle h, String rest, java.util.function.UnaryOperator<Query> binder) {
        List<Map.Entry<UUID, LegalAidApplication>> rows = binder.apply(h.createQuery("SELECT " + COLUMNS + " FROM legal_aid_application a " + rest))
                .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "id"), read(rs))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<String>> evidence = new HashMap<>();
        for (List<Map.Entry<UUID, LegalAidApplication>> chunk : InLists.chunks(rows)) {
            h.createQuery("SELECT application_id, evidence FROM legal_aid_evidence WHERE application_id IN (<ids>) ORDER BY application_id, seq")
                    .bindList("ids", chunk.stream().map(Map.Entry::getKey).toList())
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "application_id"), rs.getString("evidence")))
                    .forEach(e -> evidence.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        LinkedHashMap<UUID, LegalAidApplication> result = new LinkedHashMap<>();
        for (Map.Entry<UUID, LegalAidApplication> r : rows) {
            LegalAidApplication a = r.getValue();
            result.put(r.getKey(), new LegalAidApplication(a.id(), a.version(), a.area(), a.applicant(), a.matter(), a.category(),
                    evidence.getOrDefault(r.getKey(), List.of()), a.receivedOn(), a.decisionDue(), a.state(), a.decidedAt(),
                    a.refusalReason(), a.centre(), a.lawyer(), a.result(), a.satisfaction(), a.closedAt()));
        }
        return List.copyOf(result.values());
    }

    private LegalAidApplication read(ResultSet rs) throws SQLException {
        return new LegalAidApplication(new LegalAidId(SqlValues.uuid(rs, "id")), rs.getLong("version"),
                AreaCode.of(rs.getString("community_code")), people.read(rs, TABLE, "applicant"), rs.getString("matter"),
                LegalAidCategory.valueOf(rs.getString("category")), List.of(), SqlValues.date(rs, "received_on"),
                new Deadline(rs.getInt("decision_working_days"), SqlValues.date(rs, "decision_due_on"), SqlValues.instant(rs, "decision_passes_at")),
                LegalAidState.valueOf(rs.getString("state")), SqlValues.optionalInstant(rs, "decided_at"),
                SqlValues.optionalString(rs, "refusal_reason"), SqlValues.optionalString(rs, "centre_code"),
                SqlValues.optionalString(rs, "lawyer_id"), SqlValues.optionalString(rs, "result"),
                SqlValues.optionalString(rs, "satisfaction").map(Satisfaction::valueOf), SqlValues.optionalInstant(rs, "closed_at"));
    }
}
