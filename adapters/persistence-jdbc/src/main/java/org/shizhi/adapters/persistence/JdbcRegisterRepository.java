package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.StatementContext;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.grid.model.OrganisationKind;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.grid.model.RegisterCounts;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.grid.port.out.RegisterRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.NotFoundException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.StaleVersionException;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The registers in {@code dwelling}, {@code resident} and {@code organisation}. A resident's ID number and mobile are
 * stored only encrypted ({@link PersonalDataCipher}, bound to their column); the ID number is unique per city through
 * its blind index, so no query ever names a clear number.
 */
final class JdbcRegisterRepository implements RegisterRepository {

    static final String ID_NUMBER = "resident.id_number";
    static final String MOBILE = "resident.mobile";
    /** What a resident's position in {@link #residentsOf} seals its name for: cursors go to callers who see it masked. */
    static final String NAME_IN_CURSOR = "resident.name.cursor";

    private static final Keyset BY_ADDRESS = Keyset.byText("address", "id");
    private static final Keyset BY_ORGANISATION_NAME = Keyset.byText("name", "id");

    private static final String RESIDENT_COLUMNS = "id, dwelling_id, grid_code, name, id_number, mobile";
    private static final String ORGANISATION_COLUMNS = "id, grid_code, name, credit_code, kind, address";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcRegisterRepository(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    @Override
    public void addDwelling(Dwelling dwelling) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO dwelling (id, grid_code, address, households, version) "
                            + "VALUES (:id, :grid, :address, :households, :version)")
                    .bind("id", SqlValues.uuid(dwelling.id().value()))
                    .bind("grid", dwelling.grid().value())
                    .bind("address", dwelling.address())
                    .bind("households", dwelling.households())
                    .bind("version", dwelling.version())
                    .execute());
        } catch (JdbiException e) {
            throw SqlErrors.translate(e, "dwellingId", "a dwelling with id " + dwelling.id());
        }
    }

    @Override
    public void updateDwelling(Dwelling dwelling, long expectedVersion) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE dwelling SET grid_code = :grid, address = :address, households = :households, "
                            + "version = :version WHERE id = :id AND version = :expected")
                    .bind("grid", dwelling.grid().value())
                    .bind("address", dwelling.address())
                    .bind("households", dwelling.households())
                    .bind("version", dwelling.version())
                    .bind("id", SqlValues.uuid(dwelling.id().value()))
                    .bind("expected", expectedVersion)
                    .execute();
            if (updated == 0) {
                Optional<Long> stored = h.createQuery("SELECT version FROM dwelling WHERE id = :id")
                        .bind("id", SqlValues.uuid(dwelling.id().value())).mapTo(Long.class).findOne();
                if (stored.isEmpty()) {
                    throw new NotFoundException("dwelling", dwelling.id());
                }
                throw new StaleVersionException("dwelling " + dwelling.id() + " is at version " + stored.get()
                        + ", not " + expectedVersion);
            }
        });
    }

    @Override
    public Optional<Dwelling> findDwelling(DwellingId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, grid_code, address, households, version FROM dwelling WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value()))
                .map(JdbcRegisterRepository::dwelling)
                .findOne());
    }

    @Override
    public Slice<Dwelling> dwellingsOf(GridCode grid, PageRequest page) {
        List<Dwelling> found = jdbi.withHandle(h -> BY_ADDRESS.bind(h.createQuery("SELECT id, grid_code, address, households, version FROM dwelling "
                        + "WHERE grid_code = :grid" + BY_ADDRESS.after(page) + BY_ADDRESS.orderAndLimit()), page)
                .bind("grid", grid.value())
                .map(JdbcRegisterRepository::dwelling)
                .list());
        return Slice.of(found, page, RegisterRepository::addressPosition);
    }

    @Override
    public void addResident(Resident resident) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO resident "
                            + "(id, dwelling_id, grid_code, city_prefix, name, id_number, id_number_index, mobile) "
                            + "VALUES (:id, :dwelling, :grid, :city, :name, :id_number, :id_number_index, :mobile)")
                    .bind("id", SqlValues.uuid(resident.id().value()))
                    .bind("dwelling", SqlValues.uuid(resident.dwelling().value()))
                    .bind("grid", resident.grid().value())
                    .bind("city", cityPrefix(resident.grid()))
                    .bind("name", resident.name())
                    .bind("id_number", cipher.encrypt(ID_NUMBER, resident.idNumber().value()))
                    .bind("id_number_index", cipher.blindIndex(ID_NUMBER, resident.idNumber().value()))
                    .bind("mobile", resident.mobile().map(m -> cipher.encrypt(MOBILE, m.value())).orElse(null))
                    .execute());
        } catch (JdbiException e) {
            // Neither the number nor where it is registered: the refusal must not tell who lives where.
            throw SqlErrors.translate(e, "idNumber", "a resident with this ID number in the city");
        }
    }

    @Override
    public Optional<Resident> findResident(ResidentId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RESIDENT_COLUMNS + " FROM resident WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value()))
                .map(this::resident)
                .findOne());
    }

    /**
     * The resident registered in the city under this ID number, found by its blind index: what
     * {@link #addResident}'s uniqueness rests on. Not on the port yet; the adapter's own tests use it.
     */
    Optional<Resident> findResident(AreaCode city, IdNumber idNumber) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + RESIDENT_COLUMNS + " FROM resident "
                        + "WHERE city_prefix = :city AND id_number_index = :id_number_index")
                .bind("city", city.cityCode().prefix())
                .bind("id_number_index", cipher.blindIndex(ID_NUMBER, idNumber.value()))
                .map(this::resident)
                .findOne());
    }

    @Override
    public void removeResident(ResidentId id) {
        int removed = jdbi.withHandle(h -> h.createUpdate("DELETE FROM resident WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).execute());
        if (removed == 0) {
            throw new NotFoundException("resident", id);
        }
    }

    @Override
    public Slice<Resident> residentsOf(GridCode grid, PageRequest page) {
        Keyset byName = new Keyset("name", false, "id", p -> Keyset.text(unsealName(p.key())), p -> SqlValues.uuid(p.uuidId()));
        List<Resident> found = jdbi.withHandle(h -> byName.bind(h.createQuery("SELECT " + RESIDENT_COLUMNS + " FROM resident "
                        + "WHERE grid_code = :grid" + byName.after(page) + byName.orderAndLimit()), page)
                .bind("grid", grid.value())
                .map(this::resident)
                .list());
        return Slice.of(found, page, r -> new Position(cipher.encrypt(NAME_IN_CURSOR, r.name()), r.id().value().toString()));
    }

    /** The name a resident's position sealed; a key this adapter did not seal is not a cursor it gave out. */
    private String unsealName(String key) {
        try {
            return cipher.decrypt(NAME_IN_CURSOR, key);
        } catch (RuntimeException e) {
            throw new InvalidValueException("cursor", "cursor is not one the platform gave out; start again without it");
        }
    }

    @Override
    public void addOrganisation(Organisation organisation) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO organisation (id, grid_code, city_prefix, name, credit_code, kind, address) "
                            + "VALUES (:id, :grid, :city, :name, :credit_code, :kind, :address)")
                    .bind("id", SqlValues.uuid(organisation.id().value()))
                    .bind("grid", organisation.grid().value())
                    .bind("city", cityPrefix(organisation.grid()))
                    .bind("name", organisation.name())
                    .bind("credit_code", organisation.creditCode().value())
                    .bind("kind", organisation.kind().name())
                    .bind("address", organisation.address())
                    .execute());
        } catch (JdbiException e) {
            throw SqlErrors.translate(e, "creditCode", "an organisation with this unified social credit code in the city");
        }
    }

    @Override
    public Optional<Organisation> findOrganisation(OrganisationId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ORGANISATION_COLUMNS + " FROM organisation WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value()))
                .map(JdbcRegisterRepository::organisation)
                .findOne());
    }

    @Override
    public Slice<Organisation> organisationsOf(GridCode grid, PageRequest page) {
        List<Organisation> found = jdbi.withHandle(h -> BY_ORGANISATION_NAME.bind(h.createQuery("SELECT " + ORGANISATION_COLUMNS
                        + " FROM organisation WHERE grid_code = :grid" + BY_ORGANISATION_NAME.after(page)
                        + BY_ORGANISATION_NAME.orderAndLimit()), page)
                .bind("grid", grid.value())
                .map(JdbcRegisterRepository::organisation)
                .list());
        return Slice.of(found, page, RegisterRepository::namePosition);
    }

    @Override
    public RegisterCounts countsWithin(AreaCode area) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> range.bind(h.createQuery(counts(range, false)))
                .map((rs, ctx) -> counts(rs))
                .one());
    }

    @Override
    public Map<GridCode, RegisterCounts> countsByGrid(AreaCode area) {
        AreaRange range = AreaRange.of(area);
        Map<GridCode, RegisterCounts> counts = new TreeMap<>();
        jdbi.useHandle(h -> range.bind(h.createQuery(counts(range, true)))
                .map((rs, ctx) -> Map.entry(GridCode.parse(rs.getString("grid_code")), counts(rs)))
                .forEach(e -> counts.put(e.getKey(), e.getValue())));
        return counts;
    }

    /**
     * One query over the three registers, each read through its (grid_code, ...) index within the area's range:
     * per grid, or summed over the area (one row, its sums NULL when nothing is registered).
     */
    private static String counts(AreaRange range, boolean perGrid) {
        String grid = perGrid ? "grid_code, " : "";
        String groupBy = perGrid ? " GROUP BY grid_code" : "";
        return """
                SELECT %2$sSUM(dwellings) AS dwellings, SUM(households) AS households,
                       SUM(residents) AS residents, SUM(organisations) AS organisations
                FROM (
                    SELECT %2$sCOUNT(*) AS dwellings, SUM(households) AS households, 0 AS residents, 0 AS organisations
                    FROM dwelling WHERE %1$s%3$s
                    UNION ALL
                    SELECT %2$s0, 0, COUNT(*), 0 FROM resident WHERE %1$s%3$s
                    UNION ALL
                    SELECT %2$s0, 0, 0, COUNT(*) FROM organisation WHERE %1$s%3$s
                ) per_register%3$s""".formatted(range.on("grid_code"), grid, groupBy);
    }

    private static RegisterCounts counts(ResultSet rs) throws SQLException {
        // getLong reads a NULL sum (nothing registered) as 0
        return new RegisterCounts(rs.getLong("dwellings"), rs.getLong("households"), rs.getLong("residents"),
                rs.getLong("organisations"));
    }

    private Resident resident(ResultSet rs, StatementContext ctx) throws SQLException {
        String mobile = rs.getString("mobile");
        return new Resident(
                new ResidentId(SqlValues.uuid(rs, "id")),
                new DwellingId(SqlValues.uuid(rs, "dwelling_id")),
                GridCode.parse(rs.getString("grid_code")),
                rs.getString("name"),
                new IdNumber(cipher.decrypt(ID_NUMBER, rs.getString("id_number"))),
                mobile == null ? Optional.empty() : Optional.of(new PhoneNumber(cipher.decrypt(MOBILE, mobile))));
    }

    private static Dwelling dwelling(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Dwelling(new DwellingId(SqlValues.uuid(rs, "id")), GridCode.parse(rs.getString("grid_code")),
                rs.getString("address"), rs.getInt("households"), rs.getLong("version"));
    }

    private static Organisation organisation(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Organisation(new OrganisationId(SqlValues.uuid(rs, "id")), GridCode.parse(rs.getString("grid_code")),
                rs.getString("name"), new UnifiedSocialCreditCode(rs.getString("credit_code")),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("address"));
    }

    /** The city a grid lies in, as the 4 digits its code starts with. */
    private static String cityPrefix(GridCode grid) {
        return grid.community().cityCode().prefix();
    }
}
