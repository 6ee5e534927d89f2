package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.shizhi.domain.law.model.AgencyFigures;
import org.shizhi.domain.law.model.ComplaintId;
import org.shizhi.domain.law.model.ReviewOutcome;
import org.shizhi.domain.law.model.SupervisionComplaint;
import org.shizhi.domain.law.port.out.SupervisionRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.Deadline;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.WorkingTime;

/** Enforcement-supervision complaints in {@code supervision_complaint}; the figures per agency are a GROUP BY. */
final class JdbcSupervisionRepository implements SupervisionRepository {

    private static final String TABLE = "supervision_complaint";
    private static final Keyset BY_DEADLINE = Keyset.byInstant("c.review_passes_at", false, "c.id");

    private final Jdbi jdbi;
    static final String COMPLAINANT_NAME = "supervision_complaint.complainant_name";

    private final LawPeople people;

    JdbcSupervisionRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.people = new LawPeople(cipher);
    }

    @Override
    public void save(SupervisionComplaint c) {
        jdbi.useTransaction(h -> LawPeople.write(h, TABLE, "complaint " + c.id(), c.version(),
                changing(people.bind(h.createUpdate("""
                        INSERT INTO supervision_complaint (id, area_code, agency, act, complainant_name, complainant_id_number,
                            complainant_mobile, filed_at, review_working_days, review_due_on, review_passes_at, outcome,
                            finding, reviewed_at, version)
                        VALUES (:id, :area_code, :agency, :act, :complainant_name, :complainant_id_number, :complainant_mobile,
                            :filed_at, :review_working_days, :review_due_on, :review_passes_at, :outcome, :finding,
                            :reviewed_at, :version)""")
                        .bind("area_code", c.area().toString()).bind("agency", c.agency()).bind("act", c.act())
                        .bind("filed_at", SqlValues.instant(c.filedAt()))
                        .bind("review_working_days", c.reviewDue().workingDays())
                        .bind("review_due_on", SqlValues.date(c.reviewDue().dueOn()))
                        .bind("review_passes_at", SqlValues.instant(c.reviewDue().passesAt())), TABLE, "complainant", c.complainant()), c),
                changing(h.createUpdate("""
                        UPDATE supervision_complaint SET outcome = :outcome, finding = :finding, reviewed_at = :reviewed_at,
                            version = :version
                        WHERE id = :id AND version = :expected"""), c)));
    }

    private static Update changing(Update s, SupervisionComplaint c) {
        return s.bind("id", SqlValues.uuid(c.id().value()))
                .bind("outcome", c.outcome().map(Enum::name).orElse(null))
                .bind("finding", c.finding().orElse(null))
                .bind("reviewed_at", SqlValues.instant(c.reviewedAt()))
                .bind("version", c.version());
    }

    @Override
    public Optional<SupervisionComplaint> find(ComplaintId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.* FROM supervision_complaint c WHERE c.id = :id")
                .bind("id", SqlValues.uuid(id.value())).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public Slice<SupervisionComplaint> overdue(AreaCode area, Instant now, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<SupervisionComplaint> found = jdbi.withHandle(h -> BY_DEADLINE.bind(range.bind(h.createQuery(
                        "SELECT c.* FROM supervision_complaint c WHERE " + range.on("c.area_code")
                                + " AND c.outcome IS NULL AND c.review_passes_at <= :now" + BY_DEADLINE.after(page) + BY_DEADLINE.orderAndLimit()))
                        .bind("now", SqlValues.instant(now)), page)
                .map((rs, ctx) -> read(rs)).list());
        return Slice.of(found, page, SupervisionRepository::duePosition);
    }

    @Override
    public List<AgencyFigures> byAgency(AreaCode area, LocalDate from, LocalDate to, Instant now) {
        AreaRange range = AreaRange.of(area);
        List<AgencyFigures> figures = jdbi.withHandle(h -> range.bind(h.createQuery("""
                SELECT c.agency, COUNT(*) AS complaints,
                    SUM(CASE WHEN c.outcome IS NOT NULL THEN 1 ELSE 0 END) AS reviewed,
                    SUM(CASE WHEN c.reviewed_at < c.review_passes_at THEN 1 ELSE 0 END) AS on_time,
                    SUM(CASE WHEN c.outcome IS NULL AND c.review_passes_at <= :now THEN 1 ELSE 0 END) AS overdue,
                    SUM(CASE WHEN c.outcome = 'UPHELD' THEN 1 ELSE 0 END) AS upheld,
                    SUM(CASE WHEN c.outcome = 'CORRECTED' THEN 1 ELSE 0 END) AS corrected,
                    SUM(CASE WHEN c.outcome = 'DISMISSED' THEN 1 ELSE 0 END) AS dismissed
                FROM supervision_complaint c
                WHERE %s AND c.filed_at >= :from AND c.filed_at < :to
                GROUP BY c.agency""".formatted(range.on("c.area_code"))))
                .bind("from", SqlValues.instant(WorkingTime.startOf(from)))
                .bind("to", SqlValues.instant(WorkingTime.startOf(to.plusDays(1))))
                .bind("now", SqlValues.instant(now))
                .map((rs, ctx) -> new AgencyFigures(rs.getString("agency"), rs.getInt("complaints"), rs.getInt("reviewed"),
                        rs.getInt("on_time"), rs.getInt("overdue"), rs.getInt("upheld"), rs.getInt("corrected"), rs.getInt("dismissed")))
                .list());
        // Ordered here, one row per agency, so the order is the same whatever the database's collation.
        return figures.stream().sorted(Comparator.comparing(AgencyFigures::agency)).toList();
    }

    private SupervisionComplaint read(ResultSet rs) throws SQLException {
        return new SupervisionComplaint(new ComplaintId(SqlValues.uuid(rs, "id")), rs.getLong("version"),
                AreaCode.of(rs.getString("area_code")), rs.getString("agency"), rs.getString("act"),
                people.read(rs, TABLE, "complainant"), SqlValues.instant(rs, "filed_at"),
                new Deadline(rs.getInt("review_working_days"), SqlValues.date(rs, "review_due_on"), SqlValues.instant(rs, "review_passes_at")),
                SqlValues.optionalString(rs, "outcome").map(ReviewOutcome::valueOf), SqlValues.optionalString(rs, "finding"),
                SqlValues.optionalInstant(rs, "reviewed_at"));
    }
}
