package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.shizhi.domain.grid.model.Grid;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.GridMember;
import org.shizhi.domain.grid.model.GridPost;
import org.shizhi.domain.grid.model.GridTier;
import org.shizhi.domain.grid.model.MemberId;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.port.out.GridRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.StaleVersionException;

/** Grids in {@code grid}, their members in {@code grid_member} (mobiles encrypted); each write is one transaction. */
final class JdbcGridRepository implements GridRepository {

    /** Grid codes remembered at most: a large city's grids, some 64 bytes each. */
    private static final int KNOWN_AT_MOST = 100_000;

    static final String CONTACT = "grid_member.contact";

    /** The order of the grid lists: by code, which is the id. */
    private static final Keyset BY_CODE = Keyset.byCode("g.code");
    private static final String GRID_COLUMNS = "g.code, g.tier, g.name, g.parent_code, g.boundary, g.version";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;
    /**
     * Grids found to exist. No statement deletes a grid (events and history refer to it), so a grid that existed
     * exists, whoever else writes the database; intake asks on every report.
     */
    private final Set<GridCode> known = ConcurrentHashMap.newKeySet();

    JdbcGridRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void add(Grid grid) {
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO grid (code, community_code, tier, name, parent_code, boundary, version) "
                                + "VALUES (:code, :community, :tier, :name, :parent, :boundary, :version)")
                        .bind("code", grid.code().value())
                        .bind("community", grid.community().value())
                        .bind("tier", grid.tier().name())
                        .bind("name", grid.name())
                        .bind("parent", grid.parent().map(GridCode::value).orElse(null))
                        .bind("boundary", grid.boundary().map(BoundaryJson::write).orElse(null))
                        .bind("version", grid.version())
                        .execute();
                insertMembers(h, grid);
            });
        } catch (JdbiException e) {
            throw SqlErrors.translate(e, "gridCode", "a grid with code " + grid.code());
        }
    }

    @Override
    public void update(Grid grid, long expectedVersion) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE grid SET tier = :tier, name = :name, parent_code = :parent, "
                            + "boundary = :boundary, version = :version WHERE code = :code AND version = :expected")
                    .bind("tier", grid.tier().name())
                    .bind("name", grid.name())
                    .bind("parent", grid.parent().map(GridCode::value).orElse(null))
                    .bind("boundary", grid.boundary().map(BoundaryJson::write).orElse(null))
                    .bind("version", grid.version())
                    .bind("code", grid.code().value())
                    .bind("expected", expectedVersion)
                    .execute();
            if (updated == 0) {
                Optional<Long> stored = h.createQuery("SELECT version FROM grid WHERE code = :code")
                        .bind("code", grid.code().value()).mapTo(Long.class).findOne();
                if (stored.isEmpty()) {
                    throw new NotFoundException("grid", grid.code());
                }
                throw new StaleVersionException("grid " + grid.code() + " is at version " + stored.get() + ", not " + expectedVersion);
            }
            h.createUpdate("DELETE FROM grid_member WHERE grid_code = :code").bind("code", grid.code().value()).execute();
            insertMembers(h, grid);
        });
    }

    @Override
    public Optional<Grid> find(GridCode code) {
        return jdbi.withHandle(h -> withMembers(h, h.createQuery("SELECT " + GRID_COLUMNS + " FROM grid g WHERE g.code = :code")
                .bind("code", code.value())
                .map(JdbcGridRepository::row)
                .list())).stream().findFirst();
    }

    @Override
    public boolean exists(GridCode code) {
        if (known.contains(code)) {
            return true;
        }
        boolean stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM grid WHERE code = :code").bind("code", code.value())
                .mapTo(Integer.class).one()) > 0;
        if (stored && known.size() < KNOWN_AT_MOST) {
            known.add(code);
        }
        return stored;
    }

    @Override
    public List<Grid> ofCommunity(AreaCode community) {
        return jdbi.withHandle(h -> withMembers(h, h.createQuery("SELECT " + GRID_COLUMNS + " FROM grid g "
                        + "WHERE g.community_code = :community ORDER BY g.code")
                .bind("community", community.value())
                .map(JdbcGridRepository::row)
                .list()));
    }

    @Override
    public List<GridCode> gridsOf(org.shizhi.domain.grid.model.MemberId member) {
        return jdbi.withHandle(h -> h.createQuery("SELECT grid_code FROM grid_member WHERE member_id = :member ORDER BY grid_code")
                .bind("member", SqlValues.uuid(member.value())).map((rs, ctx) -> GridCode.parse(rs.getString("grid_code"))).list());
    }

    @Override
    public Slice<Grid> ofCommunity(AreaCode community, PageRequest page) {
        List<Grid> found = jdbi.withHandle(h -> withMembers(h, BY_CODE.bind(h.createQuery("SELECT " + GRID_COLUMNS + " FROM grid g "
                        + "WHERE g.community_code = :community" + BY_CODE.after(page) + BY_CODE.orderAndLimit()), page)
                .bind("community", community.value())
                .map(JdbcGridRepository::row)
                .list()));
        return Slice.of(found, page, GridRepository::codePosition);
    }

    @Override
    public Slice<Grid> withoutResponsibleWorker(AreaCode within, PageRequest page) {
        AreaRange area = AreaRange.of(within);
        List<Grid> found = jdbi.withHandle(h -> withMembers(h, BY_CODE.bind(area.bind(h.createQuery("SELECT " + GRID_COLUMNS + " FROM grid g "
                        + "WHERE " + area.on("g.code") + " AND g.tier <> 'BUILDING' "
                        + "AND NOT EXISTS (SELECT 1 FROM grid_member m WHERE m.grid_code = g.code AND m.post = 'RESPONSIBLE_WORKER')"
                        + BY_CODE.after(page) + BY_CODE.orderAndLimit())), page)
                .map(JdbcGridRepository::row)
                .list()));
        return Slice.of(found, page, GridRepository::codePosition);
    }

    private void insertMembers(Handle h, Grid grid) {
        if (grid.members().isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("INSERT INTO grid_member (grid_code, member_id, seq, post, name, contact) "
                + "VALUES (:grid, :member, :seq, :post, :name, :contact)");
        for (int i = 0; i < grid.members().size(); i++) {
            GridMember member = grid.members().get(i);
            batch.bind("grid", grid.code().value())
                    .bind("member", SqlValues.uuid(member.id().value()))
                    .bind("seq", i)
                    .bind("post", member.post().name())
                    .bind("name", member.name())
                    .bind("contact", cipher.encrypt(CONTACT, member.contact().value()))
                    .add();
        }
        batch.execute();
    }

    /** The grids of the rows, in their order, each with its members read in one query for all. */
    private List<Grid> withMembers(Handle h, List<GridRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<GridMember>> members = new HashMap<>();
        for (List<String> codes : InLists.chunks(rows.stream().map(GridRow::code).toList())) {
            h.createQuery("SELECT grid_code, member_id, post, name, contact FROM grid_member "
                            + "WHERE grid_code IN (<codes>) ORDER BY grid_code, seq")
                    .bindList("codes", codes)
                    .map((rs, ctx) -> Map.entry(rs.getString("grid_code"), new GridMember(
                            new MemberId(SqlValues.uuid(rs, "member_id")),
                            GridPost.valueOf(rs.getString("post")),
                            rs.getString("name"),
                            new PhoneNumber(cipher.decrypt(CONTACT, rs.getString("contact"))))))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return rows.stream().map(r -> r.grid(members.getOrDefault(r.code(), List.of()))).toList();
    }

    private static GridRow row(ResultSet rs, StatementContext ctx) throws SQLException {
        return new GridRow(rs.getString("code"), GridTier.valueOf(rs.getString("tier")), rs.getString("name"),
                Optional.ofNullable(rs.getString("parent_code")), Optional.ofNullable(rs.getString("boundary")),
                rs.getLong("version"));
    }

    /** A row of {@code grid}: the boundary as its JSON text, the members still to be read. */
    private record GridRow(String code, GridTier tier, String name, Optional<String> parent, Optional<String> boundary,
                           long version) {

        Grid grid(List<GridMember> members) {
            return new Grid(GridCode.parse(code), tier, name, parent.map(GridCode::parse), boundary.map(BoundaryJson::read),
                    members, version);
        }
    }
}
