package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.shizhi.domain.assessment.model.AssessedUnit;
import org.shizhi.domain.assessment.model.AssessmentResult;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.assessment.model.RankedUnit;
import org.shizhi.domain.assessment.model.ScoreLine;
import org.shizhi.domain.assessment.port.out.AssessmentResults;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.spi.AssessmentPeriod;

/** Assessment results in three tables (V180): the run, its units in rank order, each unit's breakdown. */
final class JdbcAssessmentResults implements AssessmentResults {

    /** Two runs of one period at once: the loser of the unique version takes the next one. */
    private static final int ATTEMPTS = 5;

    private final Jdbi jdbi;

    JdbcAssessmentResults(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public AssessmentResult save(AssessmentResult result) {
        for (int attempt = 1; ; attempt++) {
            try {
                return jdbi.inTransaction(h -> insert(h, result));
            } catch (JdbiException e) {
                RuntimeException translated = SqlErrors.translate(e, "version", "this version of the assessment");
                if (!(translated instanceof ConflictException) || attempt == ATTEMPTS) {
                    throw translated;
                }
            }
        }
    }

    private static AssessmentResult insert(Handle h, AssessmentResult result) {
        int version = h.createQuery("SELECT COALESCE(MAX(version), 0) + 1 FROM assessment_result "
                        + "WHERE scheme = :scheme AND within_code = :within AND period_text = :period")
                .bind("scheme", result.scheme()).bind("within", result.within().toString()).bind("period", result.period().toString())
                .mapTo(Integer.class).one();
        AssessmentResult versioned = result.withVersion(version);
        UUID id = UUID.randomUUID();
        h.createUpdate("INSERT INTO assessment_result (id, scheme, scheme_name, within_code, period_text, version, ran_at, ran_by) "
                        + "VALUES (:id, :scheme, :name, :within, :period, :version, :ran_at, :ran_by)")
                .bind("id", SqlValues.uuid(id)).bind("scheme", result.scheme()).bind("name", result.schemeName())
                .bind("within", result.within().toString()).bind("period", result.period().toString()).bind("version", version)
                .bind("ran_at", SqlValues.instant(result.ranAt())).bind("ran_by", result.ranBy()).execute();
        PreparedBatch units = h.prepareBatch("INSERT INTO assessment_unit (result_id, place, subject, unit_key, unit_name, score, "
                + "previous_place, previous_score) VALUES (:id, :place, :subject, :key, :name, :score, :previous_place, :previous_score)");
        PreparedBatch lines = h.prepareBatch("INSERT INTO assessment_line (result_id, place, seq, indicator, numerator, denominator, "
                + "raw_value, adjusted, floor_value, target, weight, points) VALUES (:id, :place, :seq, :indicator, :numerator, "
                + ":denominator, :raw, :adjusted, :floor, :target, :weight, :points)");
        for (RankedUnit unit : result.units()) {
            units.bind("id", SqlValues.uuid(id)).bind("place", unit.rank()).bind("subject", unit.unit().subject().name())
                    .bind("key", unit.unit().key()).bind("name", unit.unit().name()).bind("score", unit.score().orElse(null))
                    .bind("previous_place", unit.previousRank().orElse(null)).bind("previous_score", unit.previousScore().orElse(null))
                    .add();
            int seq = 0;
            for (ScoreLine line : unit.lines()) {
                lines.bind("id", SqlValues.uuid(id)).bind("place", unit.rank()).bind("seq", seq++).bind("indicator", line.indicator())
                        .bind("numerator", line.numerator()).bind("denominator", line.denominator())
                        .bind("raw", line.raw().orElse(null)).bind("adjusted", line.adjusted().orElse(null))
                        .bind("floor", line.floor()).bind("target", line.target()).bind("weight", line.weight())
                        .bind("points", line.points()).add();
            }
        }
        if (!result.units().isEmpty()) {
            units.execute();
        }
        if (result.units().stream().anyMatch(u -> !u.lines().isEmpty())) {
            lines.execute();
        }
        return versioned;
    }

    @Override
    public Optional<AssessmentResult> find(String scheme, AreaCode within, AssessmentPeriod period, Optional<Integer> version) {
        return jdbi.withHandle(h -> {
            var query = h.createQuery("SELECT id, scheme, scheme_name, within_code, period_text, version, ran_at, ran_by "
                            + "FROM assessment_result WHERE scheme = :scheme AND within_code = :within AND period_text = :period"
                            + (version.isPresent() ? " AND version = :version" : "") + " ORDER BY version DESC LIMIT 1")
                    .bind("scheme", scheme).bind("within", within.toString()).bind("period", period.toString());
            version.ifPresent(v -> query.bind("version", v));
            Optional<Object[]> head = query.map((rs, ctx) -> new Object[] {SqlValues.uuid(rs, "id"), rs.getString("scheme_name"),
                    rs.getInt("version"), SqlValues.instant(rs, "ran_at"), rs.getString("ran_by")}).findOne();
            return head.map(r -> new AssessmentResult(scheme, (String) r[1], within, period, (Integer) r[2],
                    (java.time.Instant) r[3], (String) r[4], units(h, (UUID) r[0])));
        });
    }

    /** The units of a stored result in rank order, each with its breakdown (also the evidence of its notices). */
    static List<RankedUnit> units(Handle h, UUID id) {
        Map<Integer, List<ScoreLine>> lines = new LinkedHashMap<>();
        h.createQuery("SELECT place, indicator, numerator, denominator, raw_value, adjusted, floor_value, target, weight, points "
                        + "FROM assessment_line WHERE result_id = :id ORDER BY place, seq")
                .bind("id", SqlValues.uuid(id))
                .map((rs, ctx) -> {
                    lines.computeIfAbsent(rs.getInt("place"), k -> new ArrayList<>()).add(new ScoreLine(rs.getString("indicator"),
                            rs.getLong("numerator"), rs.getLong("denominator"), optionalDouble(rs, "raw_value"),
                            optionalDouble(rs, "adjusted"), rs.getDouble("floor_value"), rs.getDouble("target"), rs.getInt("weight"),
                            rs.getDouble("points")));
                    return 0;
                }).list();
        return h.createQuery("SELECT place, subject, unit_key, unit_name, score, previous_place, previous_score FROM assessment_unit "
                        + "WHERE result_id = :id ORDER BY place")
                .bind("id", SqlValues.uuid(id))
                .map((rs, ctx) -> new RankedUnit(new AssessedUnit(Subject.valueOf(rs.getString("subject")), rs.getString("unit_key"),
                        rs.getString("unit_name")), rs.getInt("place"), optionalDouble(rs, "score"),
                        lines.getOrDefault(rs.getInt("place"), List.of()), SqlValues.optionalInt(rs, "previous_place"),
                        optionalDouble(rs, "previous_score")))
                .list();
    }

    private static Optional<Double> optionalDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
