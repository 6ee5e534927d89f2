package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Update;
import org.shizhi.domain.law.model.Regulation;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationStatus;
import org.shizhi.domain.law.port.out.RegulationRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/** A city's local regulations in {@code regulation}; "in force on a date" is a condition in SQL. */
final class JdbcRegulationRepository implements RegulationRepository {

    private static final Keyset BY_EFFECTIVE = Keyset.byDate("r.effective_on", "r.id");

    private final Jdbi jdbi;

    JdbcRegulationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(Regulation r) {
        jdbi.useTransaction(h -> {
            if (r.version() == 1) {
                boolean idTaken = h.createQuery("SELECT COUNT(*) FROM regulation WHERE id = :id")
                        .bind("id", SqlValues.uuid(r.id().value())).mapTo(Integer.class).one() > 0;
                if (idTaken) {
                    throw new StaleVersionException("regulation " + r.id() + " is stored already");
                }
                try {
                    changing(h.createUpdate("""
                            INSERT INTO regulation (id, city_code, title, document_number, adopting_body, adopted_on,
                                effective_on, status, changing_act, changed_on, full_text, version)
                            VALUES (:id, :city_code, :title, :document_number, :adopting_body, :adopted_on, :effective_on,
                                :status, :changing_act, :changed_on, :full_text, :version)""")
                            .bind("city_code", r.city().toString()).bind("title", r.title())
                            .bind("document_number", r.documentNumber()).bind("adopting_body", r.adoptingBody())
                            .bind("adopted_on", SqlValues.date(r.adoptedOn())).bind("effective_on", SqlValues.date(r.effectiveOn())), r)
                            .execute();
                } catch (JdbiException e) {
                    if (SqlErrors.translate(e, "documentNumber", "document number " + r.documentNumber()) instanceof ConflictException c) {
                        throw new ConflictException("documentNumber", "document number " + r.documentNumber()
                                + " is registered in " + r.city() + " already");
                    }
                    throw e;
                }
            } else if (changing(h.createUpdate("""
                    UPDATE regulation SET status = :status, changing_act = :changing_act, changed_on = :changed_on,
                        full_text = :full_text, version = :version
                    WHERE id = :id AND version = :expected"""), r).bind("expected", r.version() - 1).execute() == 0) {
                throw new StaleVersionException("regulation " + r.id() + " is not at version " + (r.version() - 1));
            }
        });
    }

    private static Update changing(Update s, Regulation r) {
        return s.bind("id", SqlValues.uuid(r.id().value())).bind("status", r.status().name())
                .bind("changing_act", r.changingAct().orElse(null))
                .bind("changed_on", SqlValues.date(r.changedOn().orElse(null)))
                .bind("full_text", r.text()).bind("version", r.version());
    }

    @Override
    public Optional<Regulation> find(RegulationId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT r.* FROM regulation r WHERE r.id = :id")
                .bind("id", SqlValues.uuid(id.value())).map((rs, ctx) -> read(rs)).findOne());
    }

    @Override
    public Slice<Regulation> ofCity(AreaCode city, Optional<LocalDate> inForceOn, PageRequest page) {
        // In force on a date: effective by then, and not repealed on or before it (amended stays in force).
        String inForce = inForceOn.isPresent()
                ? " AND r.effective_on <= :on AND NOT (r.status = 'REPEALED' AND r.changed_on <= :on)" : "";
        List<Regulation> found = jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT r.* FROM regulation r WHERE r.city_code = :city" + inForce
                    + BY_EFFECTIVE.after(page) + BY_EFFECTIVE.orderAndLimit()).bind("city", city.toString());
            inForceOn.ifPresent(on -> q.bind("on", SqlValues.date(on)));
            return BY_EFFECTIVE.bind(q, page).map((rs, ctx) -> read(rs)).list();
        });
        return Slice.of(found, page, RegulationRepository::effectivePosition);
    }

    private static Regulation read(ResultSet rs) throws SQLException {
        return new Regulation(new RegulationId(SqlValues.uuid(rs, "id")), rs.getLong("version"), AreaCode.of(rs.getString("city_code")),
                rs.getString("title"), rs.getString("document_number"), rs.getString("adopting_body"),
                SqlValues.date(rs, "adopted_on"), SqlValues.date(rs, "effective_on"), RegulationStatus.valueOf(rs.getString("status")),
                SqlValues.optionalString(rs, "changing_act"), Optional.ofNullable(SqlValues.date(rs, "changed_on")),
                rs.getString("full_text"));
    }
}
