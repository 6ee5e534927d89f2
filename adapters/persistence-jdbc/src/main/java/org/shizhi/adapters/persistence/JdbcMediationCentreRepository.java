package org.shizhi.adapters.persistence;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shizhi.domain.dispute.model.MediationCentre;
import org.shizhi.domain.dispute.model.Mediator;
import org.shizhi.domain.dispute.port.out.MediationCentreRepository;
import org.shizhi.domain.shared.AreaCode;

/** The centre registry in {@code mediation_centre} and its mediators and types; a save replaces them in one transaction. */
final class JdbcMediationCentreRepository implements MediationCentreRepository {

    private final Jdbi jdbi;

    JdbcMediationCentreRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(MediationCentre centre) {
        String area = centre.area().toString();
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM mediation_centre_mediator WHERE area_code = :area").bind("area", area).execute();
            h.createUpdate("DELETE FROM mediation_centre_type WHERE area_code = :area").bind("area", area).execute();
            int updated = h.createUpdate("UPDATE mediation_centre SET name = :name, level = :level WHERE area_code = :area")
                    .bind("area", area).bind("name", centre.name()).bind("level", centre.level().name()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO mediation_centre (area_code, level, name) VALUES (:area, :level, :name)")
                        .bind("area", area).bind("name", centre.name()).bind("level", centre.level().name()).execute();
            }
            for (int i = 0; i < centre.mediators().size(); i++) {
                Mediator m = centre.mediators().get(i);
                h.createUpdate("INSERT INTO mediation_centre_mediator (area_code, seq, mediator_id, name) VALUES (:area, :seq, :id, :name)")
                        .bind("area", area).bind("seq", i).bind("id", m.id()).bind("name", m.name()).execute();
            }
            for (String type : centre.takesTypes()) {
                h.createUpdate("INSERT INTO mediation_centre_type (area_code, type_code) VALUES (:area, :type)")
                        .bind("area", area).bind("type", type).execute();
            }
        });
    }

    @Override
    public Optional<MediationCentre> find(AreaCode area) {
        return jdbi.withHandle(h -> loadAll(h, h.createQuery("SELECT area_code, name FROM mediation_centre WHERE area_code = :area")
                .bind("area", area.toString()))).stream().findFirst();
    }

    @Override
    public List<MediationCentre> covering(AreaCode area) {
        // The centres covering a community are those of its own area and its ancestors: at most four codes.
        List<String> codes = new java.util.ArrayList<>();
        for (AreaCode a = area; ; a = a.parent().orElse(null)) {
            if (a == null || a.level() == org.shizhi.domain.shared.AdminLevel.PROVINCE) {
                break;
            }
            codes.add(a.toString());
        }
        return jdbi.withHandle(h -> loadAll(h, h.createQuery("SELECT area_code, name FROM mediation_centre WHERE area_code IN (<codes>)")
                        .bindList("codes", codes)))
                .stream().sorted(Comparator.comparing((MediationCentre c) -> c.level().ordinal()).reversed()).toList();
    }

    @Override
    public List<MediationCentre> within(AreaCode area) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> loadAll(h, range.bind(h.createQuery("SELECT area_code, name FROM mediation_centre WHERE "
                + range.on("area_code") + " ORDER BY area_code"))));
    }

    /** The rows first, then each centre's lists: no statement runs while another's results are read. */
    private static List<MediationCentre> loadAll(Handle h, org.jdbi.v3.core.statement.Query query) {
        List<String[]> rows = query.map((rs, ctx) -> new String[] {rs.getString("area_code"), rs.getString("name")}).list();
        return rows.stream().map(r -> load(h, r[0].strip(), r[1])).toList();
    }

    private static MediationCentre load(Handle h, String area, String name) {
        List<Mediator> mediators = h.createQuery("SELECT mediator_id, name FROM mediation_centre_mediator WHERE area_code = :area ORDER BY seq")
                .bind("area", area).map((rs, ctx) -> new Mediator(rs.getString("mediator_id"), rs.getString("name"))).list();
        Set<String> types = new HashSet<>(h.createQuery("SELECT type_code FROM mediation_centre_type WHERE area_code = :area")
                .bind("area", area).mapTo(String.class).list());
        return new MediationCentre(AreaCode.of(area), name, mediators, types);
    }
}
