package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.shizhi.domain.grid.model.Area;
import org.shizhi.domain.grid.port.out.AreaRepository;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

final class JdbcAreaRepository implements AreaRepository {

    /** Keeps IN lists well under every driver's parameter limit. */
    private static final int IN_LIST_CHUNK = 1_000;

    private final Jdbi jdbi;

    JdbcAreaRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addAll(Collection<Area> areas) {
        try {
            jdbi.useTransaction(handle -> {
                PreparedBatch batch = handle.prepareBatch(
                        "INSERT INTO area (code, name, admin_level, parent_code) VALUES (:code, :name, :level, :parent)");
                // Parents first, whatever order the batch came in: the parent_code foreign key checks each row.
                for (Area area : areas.stream().sorted(Comparator.comparing(Area::level)).toList()) {
                    // Cities are the roots of a deployment: their province is not stored.
                    String parent = area.level() == AdminLevel.CITY ? null : area.parentCode().map(AreaCode::toString).orElse(null);
                    batch.bind("code", area.code().toString())
                            .bind("name", area.name())
                            .bind("level", area.level().name())
                            .bind("parent", parent)
                            .add();
                }
                batch.execute();
            });
        } catch (JdbiException e) {
            throw SqlErrors.translate(e, "areas", "an area with one of these codes");
        }
    }

    @Override
    public Optional<Area> find(AreaCode code) {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name FROM area WHERE code = :code")
                .bind("code", code.toString())
                .map(JdbcAreaRepository::area)
                .findOne());
    }

    @Override
    public Set<AreaCode> existing(Collection<AreaCode> codes) {
        List<String> all = codes.stream().map(AreaCode::toString).distinct().toList();
        Set<AreaCode> found = new HashSet<>();
        jdbi.useHandle(h -> {
            for (int from = 0; from < all.size(); from += IN_LIST_CHUNK) {
                h.createQuery("SELECT code FROM area WHERE code IN (<codes>)")
                        .bindList("codes", all.subList(from, Math.min(all.size(), from + IN_LIST_CHUNK)))
                        .mapTo(String.class)
                        .forEach(c -> found.add(AreaCode.of(c)));
            }
        });
        return found;
    }

    @Override
    public List<Area> children(AreaCode parent) {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name FROM area WHERE parent_code = :parent ORDER BY code")
                .bind("parent", parent.toString())
                .map(JdbcAreaRepository::area)
                .list());
    }

    @Override
    public List<Area> cities() {
        return jdbi.withHandle(h -> h.createQuery("SELECT code, name FROM area WHERE admin_level = 'CITY' ORDER BY code")
                .map(JdbcAreaRepository::area)
                .list());
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM area").mapTo(Long.class).one());
    }

    private static Area area(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Area(AreaCode.of(rs.getString("code")), rs.getString("name"));
    }
}
