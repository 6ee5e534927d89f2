package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.consultation.model.AssetId;
import org.shizhi.domain.consultation.model.AssetKind;
import org.shizhi.domain.consultation.model.DisclosureBoard;
import org.shizhi.domain.consultation.model.DisclosureCategory;
import org.shizhi.domain.consultation.model.DisclosureId;
import org.shizhi.domain.consultation.model.DisclosureItem;
import org.shizhi.domain.consultation.model.Disposal;
import org.shizhi.domain.consultation.model.DisposalKind;
import org.shizhi.domain.consultation.model.DisposalRef;
import org.shizhi.domain.consultation.model.LateDisposal;
import org.shizhi.domain.consultation.model.VillageAsset;
import org.shizhi.domain.consultation.port.out.DisclosureRepository;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * Boards in {@code disclosure_board}, items in {@code disclosure_item} with the disposals they disclose in
 * {@code disclosure_item_disposal}, the ledger in {@code village_asset} and {@code village_asset_disposal} (disposals
 * appended, never rewritten: items refer to them). The silent boards, late disposals and coverage are computed by the
 * database.
 */
final class JdbcDisclosureRepository implements DisclosureRepository {

    private static final Keyset LATEST_FIRST = new Keyset("i.published_on", true, "i.id",
            p -> SqlValues.date(p.dateKey()), p -> SqlValues.uuid(p.uuidId()));
    private static final Keyset BY_NAME = Keyset.byText("a.name", "a.id");
    private static final Keyset BY_CODE = Keyset.byCode("b.community_code");

    private final Jdbi jdbi;

    JdbcDisclosureRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void saveBoard(DisclosureBoard b) {
        jdbi.useTransaction(h -> {
            if (h.createUpdate("UPDATE disclosure_board SET name = :name, opened_on = :opened_on WHERE community_code = :code")
                    .bind("code", b.community().toString()).bind("name", b.name()).bind("opened_on", SqlValues.date(b.openedOn()))
                    .execute() == 0) {
                h.createUpdate("INSERT INTO disclosure_board (community_code, name, opened_on) VALUES (:code, :name, :opened_on)")
                        .bind("code", b.community().toString()).bind("name", b.name()).bind("opened_on", SqlValues.date(b.openedOn()))
                        .execute();
            }
        });
    }

    @Override
    public Optional<DisclosureBoard> board(AreaCode community) {
        return jdbi.withHandle(h -> h.createQuery("SELECT b.* FROM disclosure_board b WHERE b.community_code = :code")
                .bind("code", community.toString()).map((rs, ctx) -> board(rs)).findOne());
    }

    @Override
    public void publish(DisclosureItem item) {
        try {
            jdbi.useTransaction(h -> {
                h.createUpdate("""
                        INSERT INTO disclosure_item (id, community_code, category, period, title, content, published_on)
                        VALUES (:id, :community_code, :category, :period, :title, :content, :published_on)""")
                        .bind("id", SqlValues.uuid(item.id().value())).bind("community_code", item.community().toString())
                        .bind("category", item.category().name()).bind("period", item.period().toString())
                        .bind("title", item.title()).bind("content", item.content())
                        .bind("published_on", SqlValues.date(item.publishedOn())).execute();
                for (DisposalRef ref : item.disposals()) {
                    h.createUpdate("INSERT INTO disclosure_item_disposal (item_id, asset_id, disposal_seq) VALUES (:item, :asset, :seq)")
                            .bind("item", SqlValues.uuid(item.id().value())).bind("asset", SqlValues.uuid(ref.asset().value()))
                            .bind("seq", ref.seq()).execute();
                }
            });
        } catch (JdbiException e) {
            if (SqlErrors.translate(e, "version", "item " + item.id()) != e) {
                throw new StaleVersionException("item " + item.id() + " is stored already");
            }
            throw e;
        }
    }

    @Override
    public Slice<DisclosureItem> items(AreaCode community, Optional<YearMonth> period, PageRequest page) {
        List<DisclosureItem> found = jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT i.* FROM disclosure_item i WHERE i.community_code = :community"
                    + (period.isPresent() ? " AND i.period = :period" : "") + LATEST_FIRST.after(page) + LATEST_FIRST.orderAndLimit())
                    .bind("community", community.toString());
            period.ifPresent(p -> q.bind("period", p.toString()));
            List<DisclosureItem> items = LATEST_FIRST.bind(q, page).map((rs, ctx) -> item(rs)).list();
            if (items.isEmpty()) {
                return items;
            }
            Map<UUID, List<DisposalRef>> refs = new HashMap<>();
            h.createQuery("SELECT item_id, asset_id, disposal_seq FROM disclosure_item_disposal WHERE item_id IN (<ids>)"
                            + " ORDER BY item_id, asset_id, disposal_seq")
                    .bindList("ids", items.stream().map(i -> i.id().value()).toList())
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "item_id"),
                            new DisposalRef(new AssetId(SqlValues.uuid(rs, "asset_id")), rs.getInt("disposal_seq"))))
                    .forEach(e -> refs.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return items.stream().map(i -> new DisclosureItem(i.id(), i.community(), i.category(), i.period(), i.title(), i.content(),
                    i.publishedOn(), refs.getOrDefault(i.id().value(), List.of()))).toList();
        });
        return Slice.of(found, page, DisclosureRepository::publishedPosition);
    }

    @Override
    public void saveAsset(VillageAsset a) {
        jdbi.useTransaction(h -> {
            LawPeople.write(h, "village_asset", "asset " + a.id(), a.version(),
                    h.createUpdate("""
                            INSERT INTO village_asset (id, community_code, kind, name, asset_value, version)
                            VALUES (:id, :community_code, :kind, :name, :asset_value, :version)""")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("community_code", a.community().toString())
                            .bind("kind", a.kind().name()).bind("name", a.name()).bind("asset_value", a.value())
                            .bind("version", a.version()),
                    h.createUpdate("UPDATE village_asset SET version = :version WHERE id = :id AND version = :expected")
                            .bind("id", SqlValues.uuid(a.id().value())).bind("version", a.version()));
            int stored = h.createQuery("SELECT COUNT(*) FROM village_asset_disposal WHERE asset_id = :id")
                    .bind("id", SqlValues.uuid(a.id().value())).mapTo(Integer.class).one();
            for (Disposal d : a.disposals().subList(Math.min(stored, a.disposals().size()), a.disposals().size())) {
                h.createUpdate("""
                        INSERT INTO village_asset_disposal (asset_id, seq, kind, description, amount, disposed_on)
                        VALUES (:id, :seq, :kind, :description, :amount, :disposed_on)""")
                        .bind("id", SqlValues.uuid(a.id().value())).bind("seq", d.seq()).bind("kind", d.kind().name())
                        .bind("description", d.description()).bind("amount", d.amount())
                        .bind("disposed_on", SqlValues.date(d.disposedOn())).execute();
            }
        });
    }

    @Override
    public Optional<VillageAsset> asset(AssetId id) {
        return jdbi.withHandle(h -> assets(h, "WHERE a.id = :id", q -> q.bind("id", SqlValues.uuid(id.value())))).stream().findFirst();
    }

    @Override
    public Slice<VillageAsset> assets(AreaCode community, PageRequest page) {
        List<VillageAsset> found = jdbi.withHandle(h -> assets(h, "WHERE a.community_code = :community" + BY_NAME.after(page)
                + BY_NAME.orderAndLimit(), q -> BY_NAME.bind(q.bind("community", community.toString()), page)));
        return Slice.of(found, page, DisclosureRepository::assetPosition);
    }

    private static List<VillageAsset> assets(Handle h, String rest, UnaryOperator<Query> binder) {
        List<VillageAsset> assets = binder.apply(h.createQuery("SELECT a.* FROM village_asset a " + rest))
                .map((rs, ctx) -> new VillageAsset(new AssetId(SqlValues.uuid(rs, "id")), rs.getLong("version"),
                        AreaCode.of(rs.getString("community_code")), AssetKind.valueOf(rs.getString("kind")), rs.getString("name"),
                        rs.getBigDecimal("asset_value"), List.of()))
                .list();
        if (assets.isEmpty()) {
            return assets;
        }
        Map<UUID, List<Disposal>> disposals = new HashMap<>();
        for (List<VillageAsset> chunk : InLists.chunks(assets)) {
            h.createQuery("SELECT * FROM village_asset_disposal WHERE asset_id IN (<ids>) ORDER BY asset_id, seq")
                    .bindList("ids", chunk.stream().map(a -> a.id().value()).toList())
                    .map((rs, ctx) -> Map.entry(SqlValues.uuid(rs, "asset_id"), disposal(rs)))
                    .forEach(e -> disposals.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return assets.stream().map(a -> new VillageAsset(a.id(), a.version(), a.community(), a.kind(), a.name(), a.value(),
                disposals.getOrDefault(a.id().value(), List.of()))).toList();
    }

    @Override
    public Slice<DisclosureBoard> silentBoards(AreaCode area, YearMonth period, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        List<DisclosureBoard> found = jdbi.withHandle(h -> BY_CODE.bind(range.bind(h.createQuery("""
                        SELECT b.* FROM disclosure_board b
                        WHERE %s AND b.opened_on <= :month_end
                            AND NOT EXISTS (SELECT 1 FROM disclosure_item i WHERE i.community_code = b.community_code AND i.period = :period)"""
                        .formatted(range.on("b.community_code")) + BY_CODE.after(page) + BY_CODE.orderAndLimit()))
                        .bind("month_end", SqlValues.date(period.atEndOfMonth())).bind("period", period.toString()), page)
                .map((rs, ctx) -> board(rs)).list());
        return Slice.of(found, page, DisclosureRepository::boardPosition);
    }

    @Override
    public Slice<LateDisposal> lateDisposals(AreaCode area, int days, LocalDate today, PageRequest page) {
        AreaRange range = AreaRange.of(area);
        Optional<DisposalRef> after = page.after().map(DisclosureRepository::lateRef);
        Optional<LocalDate> afterDay = page.after().map(Position::dateKey);
        List<LateDisposal> found = jdbi.withHandle(h -> {
            Query q = range.bind(h.createQuery("""
                    SELECT d.*, a.community_code, a.name AS asset_name, f.first_on
                    FROM village_asset_disposal d
                    JOIN village_asset a ON a.id = d.asset_id
                    LEFT JOIN (SELECT x.asset_id, x.disposal_seq, MIN(i.published_on) AS first_on
                               FROM disclosure_item_disposal x JOIN disclosure_item i ON i.id = x.item_id
                               GROUP BY x.asset_id, x.disposal_seq) f ON f.asset_id = d.asset_id AND f.disposal_seq = d.seq
                    WHERE %s AND COALESCE(f.first_on, :today) > d.disposed_on + CAST(:days AS INTEGER)""".formatted(range.on("a.community_code"))
                    + (after.isPresent() ? " AND (d.disposed_on > :after_day OR (d.disposed_on = :after_day AND (d.asset_id > :after_asset"
                    + " OR (d.asset_id = :after_asset AND d.seq > :after_seq))))" : "")
                    + " ORDER BY d.disposed_on, d.asset_id, d.seq LIMIT :page_rows"))
                    .bind("today", SqlValues.date(today)).bind("days", days).bind("page_rows", page.limit() + 1);
            after.ifPresent(ref -> q.bind("after_day", SqlValues.date(afterDay.orElseThrow()))
                    .bind("after_asset", SqlValues.uuid(ref.asset().value())).bind("after_seq", ref.seq()));
            return q.map((rs, ctx) -> {
                Disposal d = disposal(rs);
                Optional<LocalDate> first = Optional.ofNullable(SqlValues.date(rs, "first_on"));
                return new LateDisposal(new AssetId(SqlValues.uuid(rs, "asset_id")), AreaCode.of(rs.getString("community_code")),
                        rs.getString("asset_name"), d, first, (int) ChronoUnit.DAYS.between(d.disposedOn(), first.orElse(today)));
            }).list();
        });
        return Slice.of(found, page, DisclosureRepository::latePosition);
    }

    @Override
    public Coverage coverage(AreaCode area, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(area);
        return jdbi.withHandle(h -> range.bind(h.createQuery("""
                SELECT COUNT(*) AS boards,
                    COALESCE(SUM(CASE WHEN EXISTS (SELECT 1 FROM disclosure_item i WHERE i.community_code = b.community_code
                        AND i.published_on >= :from AND i.published_on <= :to) THEN 1 ELSE 0 END), 0) AS disclosing
                FROM disclosure_board b
                WHERE %s AND b.opened_on <= :to""".formatted(range.on("b.community_code"))))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> new Coverage(rs.getInt("boards"), rs.getInt("disclosing"))).one());
    }

    @Override
    public Map<AreaCode, Coverage> coverageByArea(AreaCode within, AdminLevel level, LocalDate from, LocalDate to) {
        AreaRange range = AreaRange.of(within);
        String unit = AreaGroups.unit("b.community_code", level);
        Map<AreaCode, Coverage> out = new TreeMap<>();
        jdbi.useHandle(h -> range.bind(h.createQuery("""
                        SELECT %s AS unit, COUNT(*) AS boards,
                            SUM(CASE WHEN EXISTS (SELECT 1 FROM disclosure_item i WHERE i.community_code = b.community_code
                                AND i.published_on >= :from AND i.published_on <= :to) THEN 1 ELSE 0 END) AS disclosing
                        FROM disclosure_board b
                        WHERE %s AND b.opened_on <= :to GROUP BY %s""".formatted(unit, range.on("b.community_code"), unit)))
                .bind("from", SqlValues.date(from)).bind("to", SqlValues.date(to))
                .map((rs, ctx) -> Map.entry(AreaGroups.area(rs.getString("unit")), new Coverage(rs.getInt("boards"), rs.getInt("disclosing"))))
                .forEach(e -> out.put(e.getKey(), e.getValue())));
        return out;
    }

    private static DisclosureBoard board(ResultSet rs) throws SQLException {
        return new DisclosureBoard(AreaCode.of(rs.getString("community_code")), rs.getString("name"), SqlValues.date(rs, "opened_on"));
    }

    private static DisclosureItem item(ResultSet rs) throws SQLException {
        return new DisclosureItem(new DisclosureId(SqlValues.uuid(rs, "id")), AreaCode.of(rs.getString("community_code")),
                DisclosureCategory.valueOf(rs.getString("category")), YearMonth.parse(rs.getString("period")), rs.getString("title"),
                rs.getString("content"), SqlValues.date(rs, "published_on"), List.of());
    }

    private static Disposal disposal(ResultSet rs) throws SQLException {
        return new Disposal(rs.getInt("seq"), DisposalKind.valueOf(rs.getString("kind")), rs.getString("description"),
                rs.getBigDecimal("amount"), SqlValues.date(rs, "disposed_on"));
    }
}
