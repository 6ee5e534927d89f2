package org.shizhi.adapters.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.party.model.Alliance;
import org.shizhi.domain.party.model.AllianceId;
import org.shizhi.domain.party.model.CheckIn;
import org.shizhi.domain.party.model.Council;
import org.shizhi.domain.party.model.CouncilId;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.JointActivity;
import org.shizhi.domain.party.model.JointActivityId;
import org.shizhi.domain.party.model.Meeting;
import org.shizhi.domain.party.model.MeetingId;
import org.shizhi.domain.party.model.ModelPost;
import org.shizhi.domain.party.model.ModelPostId;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyMember;
import org.shizhi.domain.party.model.PartyMemberId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PartyReports;
import org.shizhi.domain.party.model.Pledge;
import org.shizhi.domain.party.model.PledgeId;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.party.model.Seat;
import org.shizhi.domain.party.model.ServiceRecord;
import org.shizhi.domain.party.model.ServiceRecordId;
import org.shizhi.domain.party.port.out.Alliances;
import org.shizhi.domain.party.port.out.Councils;
import org.shizhi.domain.party.port.out.PartyMembers;
import org.shizhi.domain.party.port.out.PartyOrganisations;
import org.shizhi.domain.party.port.out.PartyReporting;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The party context's storage in the {@code party_*} tables (V100). Every list is a keyset page (rows after the
 * position, {@code limit + 1} read); every report is one or two SQL aggregates over the area's range of codes, joined
 * to the grid context's {@code grid} table for coverage. A write that spans tables is one transaction.
 */
final class JdbcPartyStorage implements PartyOrganisations, PartyMembers, Alliances, Councils, PartyReporting {

    static final String ID_NUMBER = "party_member.id_number";
    static final String MOBILE = "party_member.mobile";
    /** A branch or group bound to the grid or estate: what coverage counts. */
    private static final String COVERING = "o.tier IN ('BRANCH', 'GROUP')";
    private static final String GRID_COVERED = "EXISTS (SELECT 1 FROM party_organisation_grid b JOIN party_organisation o "
            + "ON o.id = b.organisation_id WHERE b.grid_code = g.code AND " + COVERING + ")";
    private static final String ESTATE_COVERED = "EXISTS (SELECT 1 FROM party_organisation_estate b JOIN party_organisation o "
            + "ON o.id = b.organisation_id WHERE b.estate_id = e.id AND " + COVERING + ")";

    private final Jdbi jdbi;
    private final PersonalDataCipher cipher;

    JdbcPartyStorage(Jdbi jdbi, PersonalDataCipher cipher) {
        this.jdbi = jdbi;
        this.cipher = cipher;
    }

    // Keyset pages ---------------------------------------------------------------------------------------------------

    /**
     * Reads a page: {@code sql} has a {@code <after>} placeholder for the keyset condition (on {@code keyColumn} and
     * {@code idColumn}) and ends in its ORDER BY; {@code key} turns the position's key text into the bound value.
     */
    private <T> Slice<T> page(Handle h, String sql, String keyColumn, String idColumn, boolean descending, PageRequest page,
                              Function<String, Object> key, Function<Query, Query> binds, org.jdbi.v3.core.mapper.RowMapper<T> mapper,
                              Function<T, Position> position) {
        String after = page.after().isEmpty() ? "TRUE" : "(" + keyColumn + (descending ? " < " : " > ") + ":after_key OR ("
                + keyColumn + " = :after_key AND " + idColumn + (descending ? " < " : " > ") + ":after_id))";
        Query query = binds.apply(h.createQuery(sql.replace("<after>", after) + " LIMIT :page_limit")).bind("page_limit", page.limit() + 1);
        if (page.after().isPresent()) {
            Object afterKey = key.apply(page.after().get().key());
            if (afterKey instanceof org.jdbi.v3.core.argument.Argument argument) {
                query.bind("after_key", argument);
            } else {
                query.bind("after_key", (String) afterKey);
            }
            query.bind("after_id", SqlValues.uuid(uuidOf(page.after().get().id())));
        }
        return Slice.of(query.map(mapper).list(), page, position);
    }

    private static UUID uuidOf(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new org.shizhi.domain.shared.InvalidValueException("cursor", "the cursor does not belong to this list");
        }
    }

    private static Object date(String text) {
        try {
            return SqlValues.date(LocalDate.parse(text));
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.shizhi.domain.shared.InvalidValueException("cursor", "the cursor does not belong to this list");
        }
    }

    private static AreaCode area(ResultSet rs, String column) throws SQLException {
        return AreaCode.of(rs.getString(column).strip());
    }

    // Organisations ---------------------------------------------------------------------------------------------------

    @Override
    public void save(PartyOrganisation organisation) {
        UUID id = organisation.id().value();
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE party_organisation SET name = :name WHERE id = :id")
                    .bind("id", SqlValues.uuid(id)).bind("name", organisation.name()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO party_organisation (id, tier, name, area_code, parent_id) VALUES (:id, :tier, :name, :area, :parent)")
                        .bind("id", SqlValues.uuid(id)).bind("tier", organisation.tier().name()).bind("name", organisation.name())
                        .bind("area", organisation.area().toString())
                        .bind("parent", SqlValues.uuid(organisation.parent().map(PartyOrganisationId::value).orElse(null))).execute();
            }
            h.createUpdate("DELETE FROM party_organisation_grid WHERE organisation_id = :id").bind("id", SqlValues.uuid(id)).execute();
            h.createUpdate("DELETE FROM party_organisation_estate WHERE organisation_id = :id").bind("id", SqlValues.uuid(id)).execute();
            for (GridCode grid : organisation.grids()) {
                h.createUpdate("INSERT INTO party_organisation_grid (organisation_id, grid_code) VALUES (:id, :grid)")
                        .bind("id", SqlValues.uuid(id)).bind("grid", grid.value()).execute();
            }
            for (EstateId estate : organisation.estates()) {
                h.createUpdate("INSERT INTO party_organisation_estate (organisation_id, estate_id) VALUES (:id, :estate)")
                        .bind("id", SqlValues.uuid(id)).bind("estate", SqlValues.uuid(estate.value())).execute();
            }
        });
    }

    private static final String ORGANISATION_COLUMNS = "id, tier, name, area_code, parent_id";

    private record OrganisationRow(UUID id, String tier, String name, AreaCode area, Optional<UUID> parent) {
    }

    private static OrganisationRow organisationRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new OrganisationRow(SqlValues.uuid(rs, "id"), rs.getString("tier"), rs.getString("name"), area(rs, "area_code"),
                SqlValues.optionalUuid(rs, "parent_id"));
    }

    /** The row and then its bindings: no statement runs while another's results are read. */
    private static PartyOrganisation organisation(Handle h, OrganisationRow row) {
        Set<GridCode> grids = new HashSet<>(h.createQuery("SELECT grid_code FROM party_organisation_grid WHERE organisation_id = :id")
                .bind("id", SqlValues.uuid(row.id())).map((rs, ctx) -> GridCode.parse(rs.getString("grid_code"))).list());
        Set<EstateId> estates = new HashSet<>(h.createQuery("SELECT estate_id FROM party_organisation_estate WHERE organisation_id = :id")
                .bind("id", SqlValues.uuid(row.id())).map((rs, ctx) -> new EstateId(SqlValues.uuid(rs, "estate_id"))).list());
        return new PartyOrganisation(new PartyOrganisationId(row.id()), OrganisationTier.valueOf(row.tier()), row.name(), row.area(),
                row.parent().map(PartyOrganisationId::new), grids, estates);
    }

    @Override
    public Optional<PartyOrganisation> find(PartyOrganisationId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + ORGANISATION_COLUMNS + " FROM party_organisation WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).map(JdbcPartyStorage::organisationRow).findOne()
                .map(row -> organisation(h, row)));
    }

    @Override
    public Slice<PartyOrganisation> within(AreaCode area, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> page(h, "SELECT " + ORGANISATION_COLUMNS + " FROM party_organisation WHERE "
                        + range.on("area_code") + " AND <after> ORDER BY area_code, id", "area_code", "id", false, page,
                k -> k, q -> range.bind(q), JdbcPartyStorage::organisationRow,
                (OrganisationRow r) -> new Position(r.area().toString(), r.id().toString()))
                .map(row -> organisation(h, row)));
    }

    @Override
    public void save(Estate estate) {
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE party_estate SET name = :name, company_credit_code = :company WHERE id = :id")
                    .bind("id", SqlValues.uuid(estate.id().value())).bind("name", estate.name())
                    .bind("company", estate.propertyCompany().map(UnifiedSocialCreditCode::value).orElse(null)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO party_estate (id, community_code, name, company_credit_code) VALUES (:id, :community, :name, :company)")
                        .bind("id", SqlValues.uuid(estate.id().value())).bind("community", estate.community().toString())
                        .bind("name", estate.name())
                        .bind("company", estate.propertyCompany().map(UnifiedSocialCreditCode::value).orElse(null)).execute();
            }
        });
    }

    private static Estate estate(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        String company = rs.getString("company_credit_code");
        return new Estate(new EstateId(SqlValues.uuid(rs, "id")), area(rs, "community_code"), rs.getString("name"),
                Optional.ofNullable(company).map(UnifiedSocialCreditCode::new));
    }

    @Override
    public Optional<Estate> find(EstateId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, community_code, name, company_credit_code FROM party_estate WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).map(JdbcPartyStorage::estate).findOne());
    }

    @Override
    public Slice<Estate> estatesWithin(AreaCode area, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> page(h, "SELECT id, community_code, name, company_credit_code FROM party_estate WHERE "
                        + range.on("community_code") + " AND <after> ORDER BY community_code, id", "community_code", "id", false, page,
                k -> k, q -> range.bind(q), JdbcPartyStorage::estate, e -> new Position(e.community().toString(), e.id().toString())));
    }

    @Override
    public void save(PropertyCompany company) {
        jdbi.useTransaction(h -> {
            UUID overseer = company.overseenBy().map(PartyOrganisationId::value).orElse(null);
            int updated = h.createUpdate("UPDATE party_property_company SET name = :name, overseen_by = :overseer "
                            + "WHERE city_code = :city AND credit_code = :code")
                    .bind("city", company.city().toString()).bind("code", company.creditCode().value())
                    .bind("name", company.name()).bind("overseer", SqlValues.uuid(overseer)).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO party_property_company (city_code, credit_code, name, overseen_by) VALUES (:city, :code, :name, :overseer)")
                        .bind("city", company.city().toString()).bind("code", company.creditCode().value())
                        .bind("name", company.name()).bind("overseer", SqlValues.uuid(overseer)).execute();
            }
        });
    }

    @Override
    public Optional<PropertyCompany> findCompany(AreaCode city, UnifiedSocialCreditCode creditCode) {
        return jdbi.withHandle(h -> h.createQuery("SELECT city_code, credit_code, name, overseen_by FROM party_property_company "
                        + "WHERE city_code = :city AND credit_code = :code")
                .bind("city", city.toString()).bind("code", creditCode.value())
                .map((rs, ctx) -> new PropertyCompany(new UnifiedSocialCreditCode(rs.getString("credit_code")), area(rs, "city_code"),
                        rs.getString("name"), SqlValues.optionalUuid(rs, "overseen_by").map(PartyOrganisationId::new)))
                .findOne());
    }

    // Members ---------------------------------------------------------------------------------------------------------

    @Override
    public void add(PartyMember member, AreaCode area) {
        try {
            jdbi.useHandle(h -> h.createUpdate("INSERT INTO party_member (id, organisation_id, area_code, city_prefix, name, id_number, "
                            + "id_number_index, mobile, employed, joined_on) VALUES (:id, :organisation, :area, :city, :name, :id_number, "
                            + ":id_number_index, :mobile, :employed, :joined_on)")
                    .bind("id", SqlValues.uuid(member.id().value()))
                    .bind("organisation", SqlValues.uuid(member.organisation().value()))
                    .bind("area", area.toString())
                    .bind("city", area.cityCode().prefix())
                    .bind("name", member.name())
                    .bind("id_number", cipher.encrypt(ID_NUMBER, member.idNumber().value()))
                    .bind("id_number_index", cipher.blindIndex(ID_NUMBER, member.idNumber().value()))
                    .bind("mobile", member.mobile().map(m -> cipher.encrypt(MOBILE, m.value())).orElse(null))
                    .bind("employed", member.employed())
                    .bind("joined_on", SqlValues.date(member.joinedOn()))
                    .execute());
        } catch (JdbiException e) {
            // Neither the number nor the organisation: the refusal must not tell who is a member where.
            throw SqlErrors.translate(e, "idNumber", "a member with this ID number in the city");
        }
    }

    private static final String MEMBER_COLUMNS = "id, organisation_id, name, id_number, mobile, employed, joined_on";

    private PartyMember member(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        String mobile = rs.getString("mobile");
        return new PartyMember(new PartyMemberId(SqlValues.uuid(rs, "id")), new PartyOrganisationId(SqlValues.uuid(rs, "organisation_id")),
                rs.getString("name"), new IdNumber(cipher.decrypt(ID_NUMBER, rs.getString("id_number"))),
                mobile == null ? Optional.empty() : Optional.of(new PhoneNumber(cipher.decrypt(MOBILE, mobile))),
                rs.getBoolean("employed"), SqlValues.date(rs, "joined_on"));
    }

    @Override
    public Optional<PartyMember> find(PartyMemberId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + MEMBER_COLUMNS + " FROM party_member WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).map(this::member).findOne());
    }

    @Override
    public Slice<PartyMember> ofOrganisation(PartyOrganisationId organisation, PageRequest page) {
        return jdbi.withHandle(h -> page(h, "SELECT " + MEMBER_COLUMNS + " FROM party_member WHERE organisation_id = :organisation "
                        + "AND <after> ORDER BY name, id", "name", "id", false, page, k -> k,
                q -> q.bind("organisation", SqlValues.uuid(organisation.value())), this::member,
                m -> new Position(m.name(), m.id().toString())));
    }

    @Override
    public void save(CheckIn checkIn) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM party_check_in WHERE member_id = :member").bind("member", SqlValues.uuid(checkIn.member().value())).execute();
            h.createUpdate("INSERT INTO party_check_in (member_id, community_code, checked_in_on, pledged_service) "
                            + "VALUES (:member, :community, :on, :pledge)")
                    .bind("member", SqlValues.uuid(checkIn.member().value())).bind("community", checkIn.community().toString())
                    .bind("on", SqlValues.date(checkIn.on())).bind("pledge", checkIn.pledgedService()).execute();
        });
    }

    @Override
    public Optional<CheckIn> checkIn(PartyMemberId member) {
        return jdbi.withHandle(h -> h.createQuery("SELECT member_id, community_code, checked_in_on, pledged_service FROM party_check_in "
                        + "WHERE member_id = :member").bind("member", SqlValues.uuid(member.value()))
                .map((rs, ctx) -> new CheckIn(new PartyMemberId(SqlValues.uuid(rs, "member_id")), area(rs, "community_code"),
                        SqlValues.date(rs, "checked_in_on"), rs.getString("pledged_service"))).findOne());
    }

    @Override
    public void add(ServiceRecord record) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO party_service (id, member_id, community_code, activity, served_on, hours, beneficiaries) "
                        + "VALUES (:id, :member, :community, :activity, :on, :hours, :beneficiaries)")
                .bind("id", SqlValues.uuid(record.id().value())).bind("member", SqlValues.uuid(record.member().value()))
                .bind("community", record.community().toString()).bind("activity", record.activity())
                .bind("on", SqlValues.date(record.on())).bind("hours", record.hours()).bind("beneficiaries", record.beneficiaries())
                .execute());
    }

    private static ServiceRecord service(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new ServiceRecord(new ServiceRecordId(SqlValues.uuid(rs, "id")), new PartyMemberId(SqlValues.uuid(rs, "member_id")),
                area(rs, "community_code"), rs.getString("activity"), SqlValues.date(rs, "served_on"), rs.getBigDecimal("hours"),
                rs.getInt("beneficiaries"));
    }

    @Override
    public Slice<ServiceRecord> services(PartyMemberId member, PageRequest page) {
        return jdbi.withHandle(h -> page(h, "SELECT id, member_id, community_code, activity, served_on, hours, beneficiaries "
                        + "FROM party_service WHERE member_id = :member AND <after> ORDER BY served_on DESC, id DESC", "served_on", "id",
                true, page, JdbcPartyStorage::date, q -> q.bind("member", SqlValues.uuid(member.value())), JdbcPartyStorage::service,
                s -> new Position(s.on().toString(), s.id().toString())));
    }

    @Override
    public void save(ModelPost post) {
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM party_model_post WHERE id = :id").bind("id", SqlValues.uuid(post.id().value())).execute();
            h.createUpdate("INSERT INTO party_model_post (id, organisation_id, title, holder_id, since) VALUES (:id, :organisation, :title, :holder, :since)")
                    .bind("id", SqlValues.uuid(post.id().value())).bind("organisation", SqlValues.uuid(post.organisation().value()))
                    .bind("title", post.title()).bind("holder", SqlValues.uuid(post.holder().value()))
                    .bind("since", SqlValues.date(post.since())).execute();
        });
    }

    @Override
    public Slice<ModelPost> modelPosts(PartyOrganisationId organisation, PageRequest page) {
        return jdbi.withHandle(h -> page(h, "SELECT id, organisation_id, title, holder_id, since FROM party_model_post "
                        + "WHERE organisation_id = :organisation AND <after> ORDER BY title, id", "title", "id", false, page, k -> k,
                q -> q.bind("organisation", SqlValues.uuid(organisation.value())),
                (rs, ctx) -> new ModelPost(new ModelPostId(SqlValues.uuid(rs, "id")),
                        new PartyOrganisationId(SqlValues.uuid(rs, "organisation_id")), rs.getString("title"),
                        new PartyMemberId(SqlValues.uuid(rs, "holder_id")), SqlValues.date(rs, "since")),
                p -> new Position(p.title(), p.id().toString())));
    }

    // Alliances -------------------------------------------------------------------------------------------------------

    @Override
    public void save(Alliance alliance) {
        UUID id = alliance.id().value();
        jdbi.useTransaction(h -> {
            int updated = h.createUpdate("UPDATE party_alliance SET name = :name WHERE id = :id")
                    .bind("id", SqlValues.uuid(id)).bind("name", alliance.name()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO party_alliance (id, name, area_code, convenor_id) VALUES (:id, :name, :area, :convenor)")
                        .bind("id", SqlValues.uuid(id)).bind("name", alliance.name()).bind("area", alliance.area().toString())
                        .bind("convenor", SqlValues.uuid(alliance.convenor().value())).execute();
            }
            h.createUpdate("DELETE FROM party_alliance_member WHERE alliance_id = :id").bind("id", SqlValues.uuid(id)).execute();
            for (int i = 0; i < alliance.members().size(); i++) {
                Alliance.Member m = alliance.members().get(i);
                h.createUpdate("INSERT INTO party_alliance_member (alliance_id, seq, name, kind, credit_code) VALUES (:id, :seq, :name, :kind, :code)")
                        .bind("id", SqlValues.uuid(id)).bind("seq", i).bind("name", m.name()).bind("kind", m.kind().name())
                        .bind("code", m.creditCode().map(UnifiedSocialCreditCode::value).orElse(null)).execute();
            }
        });
    }

    private record AllianceRow(UUID id, String name, AreaCode area, UUID convenor) {
    }

    private static AllianceRow allianceRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new AllianceRow(SqlValues.uuid(rs, "id"), rs.getString("name"), area(rs, "area_code"), SqlValues.uuid(rs, "convenor_id"));
    }

    private static Alliance alliance(Handle h, AllianceRow row) {
        List<Alliance.Member> members = h.createQuery("SELECT name, kind, credit_code FROM party_alliance_member WHERE alliance_id = :id ORDER BY seq")
                .bind("id", SqlValues.uuid(row.id())).map((rs, ctx) -> new Alliance.Member(rs.getString("name"),
                        Alliance.MemberKind.valueOf(rs.getString("kind")),
                        Optional.ofNullable(rs.getString("credit_code")).map(UnifiedSocialCreditCode::new))).list();
        return new Alliance(new AllianceId(row.id()), row.name(), row.area(), new PartyOrganisationId(row.convenor()), members);
    }

    @Override
    public Optional<Alliance> find(AllianceId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, area_code, convenor_id FROM party_alliance WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).map(JdbcPartyStorage::allianceRow).findOne().map(r -> alliance(h, r)));
    }

    @Override
    public Slice<Alliance> alliancesWithin(AreaCode area, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> page(h, "SELECT id, name, area_code, convenor_id FROM party_alliance WHERE " + range.on("area_code")
                        + " AND <after> ORDER BY area_code, id", "area_code", "id", false, page, k -> k, q -> range.bind(q),
                JdbcPartyStorage::allianceRow, (AllianceRow r) -> new Position(r.area().toString(), r.id().toString()))
                .map(r -> alliance(h, r)));
    }

    @Override
    public void add(Pledge pledge) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO party_pledge (id, alliance_id, member_name, promise, due_on, delivered_on, delivered_by) "
                        + "VALUES (:id, :alliance, :member, :promise, :due, :delivered_on, :delivered_by)")
                .bind("id", SqlValues.uuid(pledge.id().value())).bind("alliance", SqlValues.uuid(pledge.alliance().value()))
                .bind("member", pledge.memberName()).bind("promise", pledge.promise()).bind("due", SqlValues.date(pledge.dueOn()))
                .bind("delivered_on", SqlValues.date(pledge.deliveredOn().orElse(null)))
                .bind("delivered_by", SqlValues.uuid(pledge.deliveredBy().map(JointActivityId::value).orElse(null)))
                .execute());
    }

    private static final String PLEDGE_COLUMNS = "p.id, p.alliance_id, p.member_name, p.promise, p.due_on, p.delivered_on, p.delivered_by";

    private static Pledge pledge(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new Pledge(new PledgeId(SqlValues.uuid(rs, "id")), new AllianceId(SqlValues.uuid(rs, "alliance_id")),
                rs.getString("member_name"), rs.getString("promise"), SqlValues.date(rs, "due_on"),
                Optional.ofNullable(SqlValues.date(rs, "delivered_on")), SqlValues.optionalUuid(rs, "delivered_by").map(JointActivityId::new));
    }

    @Override
    public Optional<Pledge> find(PledgeId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + PLEDGE_COLUMNS + " FROM party_pledge p WHERE p.id = :id")
                .bind("id", SqlValues.uuid(id.value())).map(JdbcPartyStorage::pledge).findOne());
    }

    @Override
    public Slice<Pledge> pledges(AllianceId alliance, PageRequest page) {
        return jdbi.withHandle(h -> page(h, "SELECT " + PLEDGE_COLUMNS + " FROM party_pledge p WHERE p.alliance_id = :alliance "
                        + "AND <after> ORDER BY p.due_on, p.id", "p.due_on", "p.id", false, page, JdbcPartyStorage::date,
                q -> q.bind("alliance", SqlValues.uuid(alliance.value())), JdbcPartyStorage::pledge,
                p -> new Position(p.dueOn().toString(), p.id().toString())));
    }

    @Override
    public void record(JointActivity activity) {
        UUID id = activity.id().value();
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO party_joint_activity (id, alliance_id, title, held_on) VALUES (:id, :alliance, :title, :on)")
                    .bind("id", SqlValues.uuid(id)).bind("alliance", SqlValues.uuid(activity.alliance().value()))
                    .bind("title", activity.title()).bind("on", SqlValues.date(activity.on())).execute();
            for (int i = 0; i < activity.participants().size(); i++) {
                h.createUpdate("INSERT INTO party_joint_activity_participant (activity_id, seq, member_name) VALUES (:id, :seq, :name)")
                        .bind("id", SqlValues.uuid(id)).bind("seq", i).bind("name", activity.participants().get(i)).execute();
            }
            for (PledgeId pledge : activity.delivers()) {
                // Only an undelivered pledge is marked: a concurrent delivery leaves 0 rows, and the whole activity is undone.
                int marked = h.createUpdate("UPDATE party_pledge SET delivered_on = :on, delivered_by = :activity "
                                + "WHERE id = :pledge AND delivered_on IS NULL")
                        .bind("on", SqlValues.date(activity.on())).bind("activity", SqlValues.uuid(id))
                        .bind("pledge", SqlValues.uuid(pledge.value())).execute();
                if (marked == 0) {
                    throw new ConflictException("pledgeIds", "pledge " + pledge + " was delivered already");
                }
            }
        });
    }

    @Override
    public Slice<JointActivity> activities(AllianceId alliance, PageRequest page) {
        record Row(UUID id, UUID alliance, String title, LocalDate on) {
        }
        return jdbi.withHandle(h -> page(h, "SELECT id, alliance_id, title, held_on FROM party_joint_activity WHERE alliance_id = :alliance "
                        + "AND <after> ORDER BY held_on DESC, id DESC", "held_on", "id", true, page, JdbcPartyStorage::date,
                q -> q.bind("alliance", SqlValues.uuid(alliance.value())),
                (rs, ctx) -> new Row(SqlValues.uuid(rs, "id"), SqlValues.uuid(rs, "alliance_id"), rs.getString("title"), SqlValues.date(rs, "held_on")),
                (Row r) -> new Position(r.on().toString(), r.id().toString()))
                .map(r -> new JointActivity(new JointActivityId(r.id()), new AllianceId(r.alliance()), r.title(), r.on(),
                        h.createQuery("SELECT member_name FROM party_joint_activity_participant WHERE activity_id = :id ORDER BY seq")
                                .bind("id", SqlValues.uuid(r.id())).mapTo(String.class).list(),
                        new HashSet<>(h.createQuery("SELECT id FROM party_pledge WHERE delivered_by = :id").bind("id", SqlValues.uuid(r.id()))
                                .map((rs, ctx) -> new PledgeId(SqlValues.uuid(rs, "id"))).list()))));
    }

    // Councils --------------------------------------------------------------------------------------------------------

    @Override
    public void add(Council council) {
        UUID id = council.id().value();
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("INSERT INTO party_council (id, community_code, estate_id, place) VALUES (:id, :community, :estate, :place)")
                        .bind("id", SqlValues.uuid(id)).bind("community", council.community().toString())
                        .bind("estate", SqlValues.uuid(council.estate().map(EstateId::value).orElse(null)))
                        .bind("place", council.estate().map(EstateId::toString).orElse(council.community().toString())).execute();
                for (Map.Entry<Seat, Council.Holder> seat : council.seats().entrySet()) {
                    h.createUpdate("INSERT INTO party_council_seat (council_id, seat, organisation, person) VALUES (:id, :seat, :organisation, :person)")
                            .bind("id", SqlValues.uuid(id)).bind("seat", seat.getKey().name())
                            .bind("organisation", seat.getValue().organisation()).bind("person", seat.getValue().person()).execute();
                }
            });
        } catch (JdbiException e) {
            throw SqlErrors.translate(e, council.estate().isPresent() ? "estateId" : "community", "a council of this place");
        }
    }

    private record CouncilRow(UUID id, AreaCode community, Optional<UUID> estate) {
    }

    private static Council council(Handle h, CouncilRow row) {
        Map<Seat, Council.Holder> seats = new HashMap<>();
        h.createQuery("SELECT seat, organisation, person FROM party_council_seat WHERE council_id = :id").bind("id", SqlValues.uuid(row.id()))
                .map((rs, ctx) -> Map.entry(Seat.valueOf(rs.getString("seat")), new Council.Holder(rs.getString("organisation"), rs.getString("person"))))
                .list().forEach(e -> seats.put(e.getKey(), e.getValue()));
        return new Council(new CouncilId(row.id()), row.community(), row.estate().map(EstateId::new), seats);
    }

    private static CouncilRow councilRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new CouncilRow(SqlValues.uuid(rs, "id"), area(rs, "community_code"), SqlValues.optionalUuid(rs, "estate_id"));
    }

    @Override
    public Optional<Council> find(CouncilId id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, community_code, estate_id FROM party_council WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).map(JdbcPartyStorage::councilRow).findOne().map(r -> council(h, r)));
    }

    /** {@link Councils#placeKey} in SQL: the community's own council first, its estates' after it. */
    private static final String PLACE_KEY = "CASE WHEN estate_id IS NULL THEN '0' ELSE '1' END";

    @Override
    public Slice<Council> ofCommunity(AreaCode community, PageRequest page) {
        return jdbi.withHandle(h -> page(h, "SELECT id, community_code, estate_id FROM party_council WHERE community_code = :community "
                        + "AND <after> ORDER BY " + PLACE_KEY + ", id", PLACE_KEY, "id", false, page, k -> k,
                q -> q.bind("community", community.toString()), JdbcPartyStorage::councilRow,
                (CouncilRow r) -> new Position(r.estate().isPresent() ? "1" : "0", r.id().toString()))
                .map(r -> council(h, r)));
    }

    @Override
    public void add(Meeting meeting) {
        UUID id = meeting.id().value();
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO party_council_meeting (id, council_id, held_on) VALUES (:id, :council, :on)")
                    .bind("id", SqlValues.uuid(id)).bind("council", SqlValues.uuid(meeting.council().value()))
                    .bind("on", SqlValues.date(meeting.on())).execute();
            for (Seat seat : meeting.present()) {
                h.createUpdate("INSERT INTO party_council_meeting_seat (meeting_id, seat) VALUES (:id, :seat)")
                        .bind("id", SqlValues.uuid(id)).bind("seat", seat.name()).execute();
            }
            items(h, id, "TOPIC", meeting.topics());
            items(h, id, "DECISION", meeting.decisions());
        });
    }

    private static void items(Handle h, UUID meeting, String kind, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            h.createUpdate("INSERT INTO party_council_meeting_item (meeting_id, kind, seq, text) VALUES (:id, :kind, :seq, :text)")
                    .bind("id", SqlValues.uuid(meeting)).bind("kind", kind).bind("seq", i).bind("text", items.get(i)).execute();
        }
    }

    @Override
    public Slice<Meeting> meetings(CouncilId council, PageRequest page) {
        record Row(UUID id, UUID council, LocalDate on) {
        }
        return jdbi.withHandle(h -> page(h, "SELECT id, council_id, held_on FROM party_council_meeting WHERE council_id = :council "
                        + "AND <after> ORDER BY held_on DESC, id DESC", "held_on", "id", true, page, JdbcPartyStorage::date,
                q -> q.bind("council", SqlValues.uuid(council.value())),
                (rs, ctx) -> new Row(SqlValues.uuid(rs, "id"), SqlValues.uuid(rs, "council_id"), SqlValues.date(rs, "held_on")),
                (Row r) -> new Position(r.on().toString(), r.id().toString()))
                .map(r -> {
                    Set<Seat> present = new HashSet<>(h.createQuery("SELECT seat FROM party_council_meeting_seat WHERE meeting_id = :id")
                            .bind("id", SqlValues.uuid(r.id())).map((rs, ctx) -> Seat.valueOf(rs.getString("seat"))).list());
                    Function<String, List<String>> items = kind -> h.createQuery("SELECT text FROM party_council_meeting_item "
                                    + "WHERE meeting_id = :id AND kind = :kind ORDER BY seq")
                            .bind("id", SqlValues.uuid(r.id())).bind("kind", kind).mapTo(String.class).list();
                    return new Meeting(new MeetingId(r.id()), new CouncilId(r.council()), r.on(), present, items.apply("TOPIC"),
                            items.apply("DECISION"));
                }));
    }

    // Reports ---------------------------------------------------------------------------------------------------------

    /** The significant digits of the areas one level below {@code area} (a community's own for a community). */
    private static int rowDigits(AreaCode area) {
        AdminLevel level = area.level() == AdminLevel.COMMUNITY ? AdminLevel.COMMUNITY : AdminLevel.values()[area.level().ordinal() + 1];
        return switch (level) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case DISTRICT -> 6;
            case STREET -> 9;
            case COMMUNITY -> 12;
        };
    }

    private static AreaCode padded(String prefix) {
        return AreaCode.of(prefix + "0".repeat(12 - prefix.length()));
    }

    @Override
    public List<PartyReports.Coverage> coverage(AreaCode area) {
        AreaRange range = AreaRange.of(area);
        int digits = rowDigits(area);
        Map<String, int[]> rows = new TreeMap<>();
        jdbi.useHandle(h -> {
            range.bind(h.createQuery("SELECT SUBSTRING(g.community_code FROM 1 FOR " + digits + ") AS row_area, COUNT(*) AS places, "
                            + "SUM(CASE WHEN " + GRID_COVERED + " THEN 1 ELSE 0 END) AS covered FROM grid g WHERE "
                            + range.on("g.community_code") + " AND g.tier <> 'BUILDING' GROUP BY SUBSTRING(g.community_code FROM 1 FOR " + digits + ")"))
                    .map((rs, ctx) -> new Object[] {rs.getString("row_area"), rs.getInt("places"), rs.getInt("covered")}).list()
                    .forEach(r -> {
                        int[] row = rows.computeIfAbsent((String) r[0], k -> new int[4]);
                        row[0] = (int) r[1];
                        row[1] = (int) r[2];
                    });
            range.bind(h.createQuery("SELECT SUBSTRING(e.community_code FROM 1 FOR " + digits + ") AS row_area, COUNT(*) AS places, "
                            + "SUM(CASE WHEN " + ESTATE_COVERED + " THEN 1 ELSE 0 END) AS covered FROM party_estate e WHERE "
                            + range.on("e.community_code") + " GROUP BY SUBSTRING(e.community_code FROM 1 FOR " + digits + ")"))
                    .map((rs, ctx) -> new Object[] {rs.getString("row_area"), rs.getInt("places"), rs.getInt("covered")}).list()
                    .forEach(r -> {
                        int[] row = rows.computeIfAbsent((String) r[0], k -> new int[4]);
                        row[2] = (int) r[1];
                        row[3] = (int) r[2];
                    });
        });
        return rows.entrySet().stream().map(e -> new PartyReports.Coverage(padded(e.getKey()), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    @Override
    public Slice<PartyReports.Uncovered> uncovered(AreaCode area, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        String after = "TRUE";
        String community = null;
        int kind = 0;
        if (page.after().isPresent()) {
            String[] key = page.after().get().key().split("/");
            if (key.length != 2 || !key[1].matches("[01]")) {
                throw new org.shizhi.domain.shared.InvalidValueException("cursor", "the cursor does not belong to this list");
            }
            community = key[0];
            kind = Integer.parseInt(key[1]);
            after = "(u.community > :c OR (u.community = :c AND u.kind_order > :k) OR (u.community = :c AND u.kind_order = :k AND u.id > :i))";
        }
        String sql = "SELECT u.community, u.kind_order, u.id, u.name FROM ("
                + "SELECT g.community_code AS community, 0 AS kind_order, g.code AS id, g.name AS name FROM grid g WHERE "
                + range.on("g.community_code") + " AND g.tier <> 'BUILDING' AND NOT " + GRID_COVERED
                + " UNION ALL SELECT e.community_code AS community, 1 AS kind_order, CAST(e.id AS VARCHAR(36)) AS id, e.name AS name "
                + "FROM party_estate e WHERE " + range.on("e.community_code") + " AND NOT " + ESTATE_COVERED
                + ") u WHERE " + after + " ORDER BY u.community, u.kind_order, u.id LIMIT :page_limit";
        String c = community;
        int k = kind;
        List<PartyReports.Uncovered> rows = jdbi.withHandle(h -> {
            Query q = range.bind(h.createQuery(sql)).bind("page_limit", page.limit() + 1);
            if (c != null) {
                q.bind("c", c).bind("k", k).bind("i", page.after().get().id());
            }
            return q.map((rs, ctx) -> new PartyReports.Uncovered(rs.getInt("kind_order") == 0 ? PartyReports.Uncovered.Kind.GRID
                    : PartyReports.Uncovered.Kind.ESTATE, rs.getString("id").strip(), rs.getString("name"), area(rs, "community"))).list();
        });
        return Slice.of(rows, page, u -> new Position(u.community() + "/" + u.kind().ordinal(), u.id()));
    }

    @Override
    public List<PartyReports.Tally> tallies(AreaCode within, AdminLevel level) {
        AreaRange range = AreaRange.of(within);
        Map<String, int[]> rows = new TreeMap<>();
        jdbi.useHandle(h -> {
            String member = AreaGroups.unit("m.area_code", level);
            range.bind(h.createQuery("SELECT " + member + " AS unit, COUNT(*) AS employed, COUNT(c.member_id) AS checked_in "
                            + "FROM party_member m LEFT JOIN party_check_in c ON c.member_id = m.id WHERE " + range.on("m.area_code")
                            + " AND m.employed = TRUE GROUP BY " + member))
                    .map((rs, ctx) -> new Object[] {rs.getString("unit"), rs.getInt("employed"), rs.getInt("checked_in")}).list()
                    .forEach(r -> {
                        int[] row = rows.computeIfAbsent((String) r[0], k -> new int[4]);
                        row[0] = (int) r[1];
                        row[1] = (int) r[2];
                    });
            String grid = AreaGroups.unit("g.community_code", level);
            range.bind(h.createQuery("SELECT " + grid + " AS unit, COUNT(*) AS places, SUM(CASE WHEN " + GRID_COVERED
                            + " THEN 1 ELSE 0 END) AS covered FROM grid g WHERE " + range.on("g.community_code")
                            + " AND g.tier <> 'BUILDING' GROUP BY " + grid))
                    .map((rs, ctx) -> new Object[] {rs.getString("unit"), rs.getInt("places"), rs.getInt("covered")}).list()
                    .forEach(r -> {
                        int[] row = rows.computeIfAbsent((String) r[0], k -> new int[4]);
                        row[2] = (int) r[1];
                        row[3] = (int) r[2];
                    });
        });
        return rows.entrySet().stream().map(e -> new PartyReports.Tally(AreaGroups.area(e.getKey()), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
    }

    @Override
    public PartyReports.CheckInRate checkInRate(AreaCode area) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT COUNT(*) AS employed, COUNT(c.member_id) AS checked_in "
                        + "FROM party_member m LEFT JOIN party_check_in c ON c.member_id = m.id WHERE " + range.on("m.area_code")
                        + " AND m.employed = TRUE"))
                .map((rs, ctx) -> new PartyReports.CheckInRate(area, rs.getInt("employed"), rs.getInt("checked_in"))).one());
    }

    @Override
    public Slice<PartyReports.MemberHours> hoursPerMember(AreaCode area, LocalDate from, LocalDate to, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        String having = "";
        if (page.after().isPresent()) {
            having = " HAVING SUM(s.hours) < :after_hours OR (SUM(s.hours) = :after_hours AND m.id > :after_id)";
        }
        String sql = "SELECT m.id, m.name, m.organisation_id, SUM(s.hours) AS hours, COUNT(*) AS records, SUM(s.beneficiaries) AS beneficiaries "
                + "FROM party_member m JOIN party_service s ON s.member_id = m.id WHERE " + range.on("m.area_code")
                + " AND s.served_on >= :from AND s.served_on <= :to GROUP BY m.id, m.name, m.organisation_id" + having
                + " ORDER BY SUM(s.hours) DESC, m.id LIMIT :page_limit";
        List<PartyReports.MemberHours> rows = jdbi.withHandle(h -> {
            Query q = range.bind(h.createQuery(sql)).bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                    .bind("page_limit", page.limit() + 1);
            if (page.after().isPresent()) {
                BigDecimal hours;
                try {
                    hours = new BigDecimal(page.after().get().key());
                } catch (NumberFormatException e) {
                    throw new org.shizhi.domain.shared.InvalidValueException("cursor", "the cursor does not belong to this list");
                }
                q.bind("after_hours", hours).bind("after_id", SqlValues.uuid(uuidOf(page.after().get().id())));
            }
            return q.map((rs, ctx) -> new PartyReports.MemberHours(new PartyMemberId(SqlValues.uuid(rs, "id")), rs.getString("name"),
                    new PartyOrganisationId(SqlValues.uuid(rs, "organisation_id")), rs.getBigDecimal("hours").setScale(1),
                    rs.getInt("records"), rs.getInt("beneficiaries"))).list();
        });
        return Slice.of(rows, page, m -> new Position(m.hours().toPlainString(), m.member().toString()));
    }

    @Override
    public List<PartyReports.CommunityHours> hoursPerCommunity(AreaCode area, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT community_code, SUM(hours) AS hours, COUNT(*) AS records, "
                        + "COUNT(DISTINCT member_id) AS members, SUM(beneficiaries) AS beneficiaries FROM party_service WHERE "
                        + range.on("community_code") + " AND served_on >= :from AND served_on <= :to GROUP BY community_code ORDER BY community_code"))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> new PartyReports.CommunityHours(area(rs, "community_code"), rs.getBigDecimal("hours").setScale(1),
                        rs.getInt("records"), rs.getInt("members"), rs.getInt("beneficiaries"))).list());
    }

    @Override
    public Slice<PartyReports.IdleMember> idleMembers(AreaCode area, LocalDate since, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> page(h, "SELECT c.member_id, m.name, c.community_code, c.checked_in_on, "
                        + "(SELECT MAX(s.served_on) FROM party_service s WHERE s.member_id = c.member_id) AS last_service "
                        + "FROM party_check_in c JOIN party_member m ON m.id = c.member_id WHERE " + range.on("c.community_code")
                        + " AND NOT EXISTS (SELECT 1 FROM party_service s WHERE s.member_id = c.member_id AND s.served_on >= :since) "
                        + "AND <after> ORDER BY c.community_code, c.member_id", "c.community_code", "c.member_id", false, page, k -> k,
                q -> range.bind(q).bind("since", SqlValues.date(since)),
                (rs, ctx) -> new PartyReports.IdleMember(new PartyMemberId(SqlValues.uuid(rs, "member_id")), rs.getString("name"),
                        area(rs, "community_code"), SqlValues.date(rs, "checked_in_on"), Optional.ofNullable(SqlValues.date(rs, "last_service"))),
                m -> new Position(m.community().toString(), m.member().toString())));
    }

    @Override
    public Slice<PartyReports.OpenPledge> openPledges(AreaCode area, LocalDate today, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> page(h, "SELECT " + PLEDGE_COLUMNS + ", a.name AS alliance_name FROM party_pledge p "
                        + "JOIN party_alliance a ON a.id = p.alliance_id WHERE " + range.on("a.area_code")
                        + " AND p.delivered_on IS NULL AND <after> ORDER BY p.due_on, p.id", "p.due_on", "p.id", false, page,
                JdbcPartyStorage::date, q -> range.bind(q),
                (rs, ctx) -> {
                    Pledge p = pledge(rs, ctx);
                    return new PartyReports.OpenPledge(p, rs.getString("alliance_name"), p.dueOn().isBefore(today));
                },
                o -> new Position(o.pledge().dueOn().toString(), o.pledge().id().toString())));
    }

    @Override
    public Slice<PartyReports.UnlinkedEstate> unlinkedEstates(AreaCode area, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> page(h, "SELECT e.id, e.community_code, e.name, e.company_credit_code, c.name AS company_name "
                        + "FROM party_estate e JOIN party_property_company c ON c.credit_code = e.company_credit_code AND c.city_code = :city "
                        + "WHERE " + range.on("e.community_code") + " AND c.overseen_by IS NULL AND <after> ORDER BY e.community_code, e.id",
                "e.community_code", "e.id", false, page, k -> k, q -> range.bind(q).bind("city", area.cityCode().toString()),
                (rs, ctx) -> new PartyReports.UnlinkedEstate(estate(rs, ctx), rs.getString("company_name")),
                u -> new Position(u.estate().community().toString(), u.estate().id().toString())));
    }

    @Override
    public PartyReports.Figures figures(AreaCode area, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(area);
        PartyReports.CheckInRate rate = checkInRate(area);
        return jdbi.withHandle(h -> {
            Object[] served = range.bind(h.createQuery("SELECT COALESCE(SUM(s.hours), 0) AS hours, COUNT(s.id) AS records FROM party_service s "
                            + "JOIN party_member m ON m.id = s.member_id WHERE " + range.on("m.area_code")
                            + " AND s.served_on >= :from AND s.served_on <= :to"))
                    .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                    .map((rs, ctx) -> new Object[] {rs.getBigDecimal("hours").setScale(1), rs.getInt("records")}).one();
            int[] grids = range.bind(h.createQuery("SELECT COUNT(*) AS places, COALESCE(SUM(CASE WHEN " + GRID_COVERED
                            + " THEN 1 ELSE 0 END), 0) AS covered FROM grid g WHERE " + range.on("g.community_code") + " AND g.tier <> 'BUILDING'"))
                    .map((rs, ctx) -> new int[] {rs.getInt("places"), rs.getInt("covered")}).one();
            int[] pledges = range.bind(h.createQuery("SELECT COUNT(*) AS due, COALESCE(SUM(CASE WHEN p.delivered_on IS NOT NULL "
                            + "AND p.delivered_on <= p.due_on THEN 1 ELSE 0 END), 0) AS kept FROM party_pledge p JOIN party_alliance a "
                            + "ON a.id = p.alliance_id WHERE " + range.on("a.area_code") + " AND p.due_on >= :from AND p.due_on <= :to"))
                    .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                    .map((rs, ctx) -> new int[] {rs.getInt("due"), rs.getInt("kept")}).one();
            return new PartyReports.Figures(area, from, to, rate.employedMembers(), rate.checkedIn(), (BigDecimal) served[0],
                    (int) served[1], grids[0], grids[1], pledges[0], pledges[1]);
        });
    }
}
