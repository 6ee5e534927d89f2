package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.consultation.model.AssessmentId;
import org.shizhi.domain.consultation.model.Risk;
import org.shizhi.domain.consultation.model.RiskScores;
import org.shizhi.domain.consultation.model.StabilityRiskAssessment;
import org.shizhi.domain.consultation.model.StabilityRiskLevel;
import org.shizhi.domain.consultation.model.TopicId;
import org.shizhi.domain.consultation.port.out.StabilityRiskRepository;
import org.shizhi.domain.shared.AreaCode;

/**
 * Stability-risk assessments in {@code stability_risk_assessment}; the risks and the opinions gathered, written once
 * with it, in {@code stability_risk} and {@code stability_risk_opinion}. Only the approved plan changes afterwards.
 */
final class JdbcStabilityRiskRepository implements StabilityRiskRepository {

    static final String APPROVER = "stability_risk_assessment.approver";

    private final Jdbi jdbi;
    private final LawPeople people;

    JdbcStabilityRiskRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.people = new LawPeople(cipher);
    }

    @Override
    public void save(StabilityRiskAssessment a) {
        jdbi.useTransaction(h -> {
            LawPeople.write(h, "stability_risk_assessment", "assessment " + a.id(), a.version(),
                    h.createUpdate("""
                            INSERT INTO stability_risk_assessment (id, topic_id, area_code, subject, legality, reasonableness,
                                feasibility, controllability, level, mitigation_plan, approver, assessed_at, version)
                            VALUES (:id, :topic_id, :area_code, :subject, :legality, :reasonableness, :feasibility,
                                :controllability, :level, :plan, :approver, :assessed_at, :version)""")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("topic_id", SqlValues.uuid(a.topic().value()))
                            .bind("area_code", a.area().toString()).bind("subject", a.subject())
                            .bind("legality", a.scores().legality()).bind("reasonableness", a.scores().reasonableness())
                            .bind("feasibility", a.scores().feasibility()).bind("controllability", a.scores().controllability())
                            .bind("level", a.level().name()).bind("plan", a.mitigationPlan().orElse(null))
                            .bind("approver", people.sealed(APPROVER, a.approver())).bind("assessed_at", SqlValues.instant(a.assessedAt()))
                            .bind("version", a.version()),
                    h.createUpdate("""
                            UPDATE stability_risk_assessment SET mitigation_plan = :plan, approver = :approver, version = :version
                            WHERE id = :id AND version = :expected""")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("plan", a.mitigationPlan().orElse(null))
                            .bind("approver", people.sealed(APPROVER, a.approver())).bind("version", a.version()));
            if (a.version() == 1) {
                for (int i = 0; i < a.risks().size(); i++) {
                    h.createUpdate("INSERT INTO stability_risk (assessment_id, seq, description, mitigation) VALUES (:id, :seq, :d, :m)")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("seq", i)
                            .bind("d", a.risks().get(i).description()).bind("m", a.risks().get(i).mitigation()).execute();
                }
                for (int i = 0; i < a.opinionsGathered().size(); i++) {
                    h.createUpdate("INSERT INTO stability_risk_opinion (assessment_id, seq, opinion) VALUES (:id, :seq, :o)")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("seq", i).bind("o", a.opinionsGathered().get(i)).execute();
                }
            }
        });
    }

    @Override
    public Optional<StabilityRiskAssessment> find(AssessmentId id) {
        return jdbi.withHandle(h -> select(h, "WHERE a.id = :id", q -> q.bind("id", SqlValues.uuid(id.value()))));
    }

    @Override
    public Optional<StabilityRiskAssessment> latestFor(TopicId topic) {
        return jdbi.withHandle(h -> select(h, "WHERE a.topic_id = :topic ORDER BY a.assessed_at DESC, a.id LIMIT 1",
                q -> q.bind("topic", SqlValues.uuid(topic.value()))));
    }

    private Optional<StabilityRiskAssessment> select(Handle h, String rest, UnaryOperator<Query> binder) {
        return binder.apply(h.createQuery("SELECT a.* FROM stability_risk_assessment a " + rest)).map((rs, ctx) -> read(rs)).findOne()
                .map(a -> {
                    List<Risk> risks = h.createQuery("SELECT description, mitigation FROM stability_risk WHERE assessment_id = :id ORDER BY seq")
                            .bind("id", SqlValues.uuid(a.id().value()))
                            .map((rs, ctx) -> new Risk(rs.getString("description"), rs.getString("mitigation"))).list();
                    List<String> opinions = h.createQuery("SELECT opinion FROM stability_risk_opinion WHERE assessment_id = :id ORDER BY seq")
                            .bind("id", SqlValues.uuid(a.id().value())).mapTo(String.class).list();
                    return new StabilityRiskAssessment(a.id(), a.version(), a.topic(), a.area(), a.subject(), a.scores(), risks, opinions,
                            a.level(), a.mitigationPlan(), a.approver(), a.assessedAt());
                });
    }

    private StabilityRiskAssessment read(ResultSet rs) throws SQLException {
        return new StabilityRiskAssessment(new AssessmentId(SqlValues.uuid(rs, "id")), rs.getLong("version"),
                new TopicId(SqlValues.uuid(rs, "topic_id")), AreaCode.of(rs.getString("area_code")), rs.getString("subject"),
                new RiskScores(rs.getInt("legality"), rs.getInt("reasonableness"), rs.getInt("feasibility"), rs.getInt("controllability")),
                List.of(), List.of(), StabilityRiskLevel.valueOf(rs.getString("level")), SqlValues.optionalString(rs, "mitigation_plan"),
                people.opened(APPROVER, rs, "approver"), SqlValues.instant(rs, "assessed_at"));
    }
}
