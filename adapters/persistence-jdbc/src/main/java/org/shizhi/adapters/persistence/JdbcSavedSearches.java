package org.shizhi.adapters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.shizhi.domain.archive.model.CaseFilters;
import org.shizhi.domain.archive.model.CaseId;
import org.shizhi.domain.archive.model.CaseSource;
import org.shizhi.domain.archive.model.SavedSearch;
import org.shizhi.domain.archive.model.SavedSearchId;
import org.shizhi.domain.archive.model.SavedSearchMatch;
import org.shizhi.domain.archive.model.SearchText;
import org.shizhi.domain.archive.port.out.SavedSearches;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;
import org.shizhi.domain.shared.Slice;

/**
 * Saved searches and their matches (V235). The filters that take several values are rows of
 * {@code saved_search_filter}; a match is inserted only where its search still exists and the pair is not there yet,
 * so a case indexed again, or a search deleted while its cases were being matched, writes nothing.
 */
final class JdbcSavedSearches implements SavedSearches {

    private static final String COLUMNS = "s.id, s.owner, s.city_code, s.scope_code, s.name, s.query_text, s.query_mode, "
            + "s.area_within, s.occurred_from, s.occurred_to, s.closed_from, s.closed_to, s.created_at, s.seen_up_to";
    private static final Keyset BY_CREATED = Keyset.byInstant("s.created_at", false, "s.id");
    private static final Keyset BY_ID = new Keyset("s.id", false, "s.id", p -> SqlValues.uuid(p.uuidId()),
            p -> SqlValues.uuid(p.uuidId()));
    private static final Keyset BY_SEQUENCE = new Keyset("m.seq", false, "m.seq",
            p -> sequence(SavedSearchMatch.sequenceAfter(p)), p -> sequence(SavedSearchMatch.sequenceAfter(p)));

    private final Jdbi jdbi;

    JdbcSavedSearches(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static org.jdbi.v3.core.argument.Argument sequence(long seq) {
        return (position, statement, ctx) -> statement.setLong(position, seq);
    }

    @Override
    public void add(SavedSearch s) {
        jdbi.useTransaction(h -> {
            CaseFilters f = s.filters();
            h.createUpdate("INSERT INTO saved_search (id, owner, city_code, scope_code, name, query_text, query_mode, area_within, "
                            + "occurred_from, occurred_to, closed_from, closed_to, created_at, seen_up_to) VALUES (:id, :owner, :city, "
                            + ":scope, :name, :q, :mode, :area, :occurred_from, :occurred_to, :closed_from, :closed_to, :created_at, :seen)")
                    .bind("id", SqlValues.uuid(s.id().value())).bind("owner", s.owner()).bind("city", s.city().value())
                    .bind("scope", s.scope().value()).bind("name", s.name()).bind("q", s.q()).bind("mode", s.mode().name())
                    .bind("area", f.areaWithin().map(AreaCode::value).orElse(null))
                    .bindByType("occurred_from", f.occurredFrom().orElse(null), LocalDate.class)
                    .bindByType("occurred_to", f.occurredTo().orElse(null), LocalDate.class)
                    .bindByType("closed_from", f.closedFrom().orElse(null), LocalDate.class)
                    .bindByType("closed_to", f.closedTo().orElse(null), LocalDate.class)
                    .bind("created_at", SqlValues.instant(s.createdAt())).bind("seen", s.seenUpTo())
                    .execute();
            PreparedBatch values = h.prepareBatch("INSERT INTO saved_search_filter (saved_search_id, kind, filter_value) "
                    + "VALUES (:id, :kind, :value)");
            int n = 0;
            for (String t : f.caseTypes()) {
                values.bind("id", SqlValues.uuid(s.id().value())).bind("kind", "CASE_TYPE").bind("value", t).add();
                n++;
            }
            for (CaseSource source : f.sources()) {
                values.bind("id", SqlValues.uuid(s.id().value())).bind("kind", "SOURCE").bind("value", source.name()).add();
                n++;
            }
            for (String t : f.tags()) {
                values.bind("id", SqlValues.uuid(s.id().value())).bind("kind", "TAG").bind("value", t).add();
                n++;
            }
            if (n > 0) {
                values.execute();
            }
        });
    }

    @Override
    public Optional<SavedSearch> find(SavedSearchId id) {
        return jdbi.withHandle(h -> read(h, h.createQuery("SELECT " + COLUMNS + " FROM saved_search s WHERE s.id = :id")
                .bind("id", SqlValues.uuid(id.value()))).stream().findFirst());
    }

    @Override
    public long countOwned(AreaCode city, String owner) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM saved_search WHERE city_code = :city AND owner = :owner")
                .bind("city", city.value()).bind("owner", owner).mapTo(Long.class).one());
    }

    @Override
    public Slice<Counted> owned(AreaCode city, String owner, AreaCode within, PageRequest page) {
        AreaRange range = AreaRange.of(within);
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT " + COLUMNS + ", (SELECT COUNT(*) FROM saved_search_match m WHERE m.saved_search_id = s.id "
                    + "AND m.seq > s.seen_up_to AND " + range.on("m.area_code") + ") AS new_matches FROM saved_search s "
                    + "WHERE s.city_code = :city AND s.owner = :owner" + BY_CREATED.after(page) + BY_CREATED.orderAndLimit())
                    .bind("city", city.value()).bind("owner", owner);
            range.bind(q);
            BY_CREATED.bind(q, page);
            Map<UUID, Long> counts = new HashMap<>();
            List<SavedSearch> rows = read(h, q, (rs, s) -> counts.put(s.id().value(), rs.getLong("new_matches")));
            List<Counted> counted = rows.stream().map(s -> new Counted(s, counts.get(s.id().value()))).toList();
            return Slice.of(counted, page, c -> Position.of(c.search().createdAt(), c.search().id().value()));
        });
    }

    @Override
    public Slice<SavedSearch> every(PageRequest page) {
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT " + COLUMNS + " FROM saved_search s WHERE 1 = 1" + BY_ID.after(page) + BY_ID.orderAndLimit());
            BY_ID.bind(q, page);
            return Slice.of(read(h, q), page, s -> new Position(s.id().toString(), s.id().toString()));
        });
    }

    @Override
    public void rescope(SavedSearchId id, AreaCode scope) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE saved_search SET scope_code = :scope WHERE id = :id")
                .bind("scope", scope.value()).bind("id", SqlValues.uuid(id.value())).execute());
    }

    @Override
    public boolean delete(SavedSearchId id) {
        return jdbi.inTransaction(h -> h.createUpdate("DELETE FROM saved_search WHERE id = :id")
                .bind("id", SqlValues.uuid(id.value())).execute() > 0);
    }

    @Override
    public int record(List<Found> found) {
        if (found.isEmpty()) {
            return 0;
        }
        try {
            return jdbi.inTransaction(h -> insertNew(h, found));
        } catch (JdbiException raced) {
            // Another instance recorded one of these pairs, or deleted a search, between our look and our insert.
            return jdbi.inTransaction(h -> insertNew(h, found));
        }
    }

    private static int insertNew(Handle h, List<Found> found) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO saved_search_match (saved_search_id, case_id, area_code, matched_at) "
                + "SELECT s.id, :case_id, :area, :at FROM saved_search s WHERE s.id = :search AND NOT EXISTS "
                + "(SELECT 1 FROM saved_search_match m WHERE m.saved_search_id = :search AND m.case_id = :case_id)");
        Set<String> seen = new HashSet<>();
        for (Found f : found) {
            if (seen.add(f.search() + " " + f.caseId())) {
                batch.bind("search", SqlValues.uuid(f.search().value())).bind("case_id", f.caseId().value())
                        .bind("area", f.area().value()).bind("at", SqlValues.instant(f.at())).add();
            }
        }
        int added = 0;
        for (int n : batch.execute()) {
            added += Math.max(n, 0);
        }
        return added;
    }

    @Override
    public long countNew(SavedSearchId id, AreaCode within) {
        AreaRange range = AreaRange.of(within);
        return jdbi.withHandle(h -> range.bind(h.createQuery("SELECT COUNT(*) FROM saved_search_match m JOIN saved_search s "
                        + "ON s.id = m.saved_search_id WHERE m.saved_search_id = :id AND m.seq > s.seen_up_to AND " + range.on("m.area_code"))
                .bind("id", SqlValues.uuid(id.value()))).mapTo(Long.class).one());
    }

    @Override
    public Slice<SavedSearchMatch> newMatches(SavedSearchId id, AreaCode within, PageRequest page) {
        AreaRange range = AreaRange.of(within);
        return jdbi.withHandle(h -> {
            Query q = h.createQuery("SELECT m.seq, m.case_id, m.area_code, m.matched_at FROM saved_search_match m JOIN saved_search s "
                    + "ON s.id = m.saved_search_id WHERE m.saved_search_id = :id AND m.seq > s.seen_up_to AND " + range.on("m.area_code")
                    + BY_SEQUENCE.after(page) + BY_SEQUENCE.orderAndLimit())
                    .bind("id", SqlValues.uuid(id.value()));
            range.bind(q);
            BY_SEQUENCE.bind(q, page);
            List<SavedSearchMatch> rows = q.map((rs, ctx) -> new SavedSearchMatch(rs.getLong("seq"), id,
                    new CaseId(rs.getString("case_id")), AreaCode.of(rs.getString("area_code")),
                    SqlValues.instant(rs, "matched_at"))).list();
            return Slice.of(rows, page, SavedSearchMatch::position);
        });
    }

    @Override
    public long markSeen(SavedSearchId id, OptionalLong upTo) {
        return jdbi.inTransaction(h -> {
            long last = h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM saved_search_match WHERE saved_search_id = :id")
                    .bind("id", SqlValues.uuid(id.value())).mapTo(Long.class).one();
            long mark = Math.min(last, upTo.orElse(last));
            // GREATEST keeps the mark from moving back when two readers mark at once.
            h.createUpdate("UPDATE saved_search SET seen_up_to = GREATEST(seen_up_to, :mark) WHERE id = :id")
                    .bind("mark", mark).bind("id", SqlValues.uuid(id.value())).execute();
            return h.createQuery("SELECT seen_up_to FROM saved_search WHERE id = :id").bind("id", SqlValues.uuid(id.value()))
                    .mapTo(Long.class).findOne().orElse(0L);
        });
    }

    private interface RowExtra {
        void accept(ResultSet rs, SavedSearch s) throws SQLException;
    }

    private static List<SavedSearch> read(Handle h, Query q) {
        return read(h, q, (rs, s) -> { });
    }

    /** The searches of the query's rows, with their multi-valued filters read in one more query. */
    private static List<SavedSearch> read(Handle h, Query q, RowExtra extra) {
        record Row(SavedSearch bare) {
        }
        List<Row> rows = q.map((rs, ctx) -> {
            SavedSearch s = new SavedSearch(new SavedSearchId(SqlValues.uuid(rs, "id")), rs.getString("owner"),
                    AreaCode.of(rs.getString("city_code")), AreaCode.of(rs.getString("scope_code")), rs.getString("name"),
                    rs.getString("query_text"), SearchText.Mode.valueOf(rs.getString("query_mode")),
                    new CaseFilters(Optional.empty(), SqlValues.optionalString(rs, "area_within").map(AreaCode::of), Set.of(), Set.of(),
                            Optional.ofNullable(rs.getObject("occurred_from", LocalDate.class)),
                            Optional.ofNullable(rs.getObject("occurred_to", LocalDate.class)),
                            Optional.ofNullable(rs.getObject("closed_from", LocalDate.class)),
                            Optional.ofNullable(rs.getObject("closed_to", LocalDate.class)), Set.of()),
                    SqlValues.instant(rs, "created_at"), rs.getLong("seen_up_to"));
            extra.accept(rs, s);
            return new Row(s);
        }).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Map<String, Set<String>>> values = new HashMap<>();
        List<UUID> ids = rows.stream().map(r -> r.bare().id().value()).toList();
        for (List<UUID> chunk : InLists.chunks(ids)) {
            h.createQuery("SELECT saved_search_id, kind, filter_value FROM saved_search_filter WHERE saved_search_id IN (<ids>)")
                    .bindList("ids", chunk).map((rs, ctx) -> {
                        values.computeIfAbsent(SqlValues.uuid(rs, "saved_search_id"), k -> new HashMap<>())
                                .computeIfAbsent(rs.getString("kind"), k -> new HashSet<>()).add(rs.getString("filter_value"));
                        return 0;
                    }).list();
        }
        List<SavedSearch> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            SavedSearch s = r.bare();
            Map<String, Set<String>> v = values.getOrDefault(s.id().value(), Map.of());
            CaseFilters f = s.filters().withCaseTypes(v.getOrDefault("CASE_TYPE", Set.of()))
                    .withSources(v.getOrDefault("SOURCE", Set.<String>of()).stream().map(CaseSource::valueOf)
                            .collect(java.util.stream.Collectors.toSet()))
                    .withTags(v.getOrDefault("TAG", Set.of()));
            out.add(new SavedSearch(s.id(), s.owner(), s.city(), s.scope(), s.name(), s.q(), s.mode(), f, s.createdAt(), s.seenUpTo()));
        }
        return out;
    }
}
