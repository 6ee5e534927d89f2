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
import org.shizhi.domain.law.model.RegulationHit;
import org.shizhi.domain.law.model.RegulationId;
import org.shizhi.domain.law.model.RegulationQuery;
import org.shizhi.domain.law.model.RegulationStatus;
import org.shizhi.domain.law.port.out.RegulationRepository;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.ConflictException;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.StaleVersionException;

/**
 * A city's local regulations in {@code regulation}; "in force on a date" is a condition in SQL. The search matches each
 * word as the phrase of its tokens in {@code search_tokens} (see V141) and scores the hits in the same query: a city
 * has hundreds of regulations, not millions, so a scan of its rows with LIKE is quick, works the same on H2 and
 * PostgreSQL and is written in the same transaction as the regulation.
 */
final class JdbcRegulationRepository implements RegulationRepository {

    private static final Keyset BY_EFFECTIVE = Keyset.byDate("r.effective_on", "r.id");
    private static final String TITLE_TEXT_GAP = "|";

    private final Jdbi jdbi;
    private final SearchTokens tokens;

    JdbcRegulationRepository(Jdbi jdbi, SearchTokens tokens) {
        this.jdbi = jdbi;
        this.tokens = java.util.Objects.requireNonNull(tokens, "search tokens");
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
                                effective_on, status, changing_act, changed_on, full_text, search_tokens, version)
                            VALUES (:id, :city_code, :title, :document_number, :adopting_body, :adopted_on, :effective_on,
                                :status, :changing_act, :changed_on, :full_text, :search_tokens, :version)""")
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
                        full_text = :full_text, search_tokens = :search_tokens, version = :version
                    WHERE id = :id AND version = :expected"""), r).bind("expected", r.version() - 1).execute() == 0) {
                throw new StaleVersionException("regulation " + r.id() + " is not at version " + (r.version() - 1));
            }
        });
    }

    private Update changing(Update s, Regulation r) {
        return s.bind("id", SqlValues.uuid(r.id().value())).bind("status", r.status().name())
                .bind("search_tokens", indexed(r.title(), r.text()))
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

    /**
     * The hits and their score in one query: the filter holds each word as the phrase of its tokens; the score adds, for
     * each distinct token of the query, 2 where the title's tokens (before {@code ' | '}) hold it and 1 where the text's
     * (after it) do, as {@link RegulationHit} states; the page is read after the position in (score, date, id) order.
     */
    @Override
    public Slice<RegulationHit> matching(AreaCode city, RegulationQuery query, PageRequest page) {
        List<String> conditions = new java.util.ArrayList<>();
        List<String> patterns = new java.util.ArrayList<>();
        java.util.Set<String> queryTokens = new java.util.LinkedHashSet<>();
        for (String term : query.terms()) {
            List<String> t = tokens.of(term);
            if (t.isEmpty()) {
                continue; // punctuation only: nothing the analysis keeps
            }
            queryTokens.addAll(t);
            if (isLone(t.getFirst()) && t.size() == 1) {
                // One Chinese character alone: the text holds it inside bigrams, as their first or second character.
                conditions.add("(" + like(patterns, "% " + escaped(t.getFirst()) + "%") + " OR "
                        + like(patterns, "%" + escaped(t.getFirst()) + " %") + ")");
            } else {
                conditions.add(like(patterns, "% " + escaped(String.join(" ", t)) + " %"));
            }
        }
        if (conditions.isEmpty()) {
            throw new InvalidValueException("q", "the search has no word to look for, only punctuation");
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String token : queryTokens) {
            String t = escaped(token);
            // The title's tokens stand before the gap, the text's after it (V141).
            String inTitle = isLone(token) ? "(" + like(patterns, "% " + t + "%|%") + " OR " + like(patterns, "%" + t + " %|%") + ")"
                    : like(patterns, "% " + t + " %|%");
            String inText = isLone(token) ? "(" + like(patterns, "%|% " + t + "%") + " OR " + like(patterns, "%|%" + t + " %") + ")"
                    : like(patterns, "%|% " + t + " %");
            parts.add("CASE WHEN " + inTitle + " THEN 2 ELSE 0 END + CASE WHEN " + inText + " THEN 1 ELSE 0 END");
        }
        int maxScore = 3 * queryTokens.size();
        indexMissing(city);
        String after = page.after().isEmpty() ? "" : " WHERE (h.relevance < :after_score OR (h.relevance = :after_score"
                + " AND (h.effective_on < :after_on OR (h.effective_on = :after_on AND h.id > :after_id))))";
        List<RegulationHit> found = jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT * FROM (SELECT r.*, " + String.join(" + ", parts) + " AS relevance FROM regulation r"
                    + " WHERE r.city_code = :city AND " + String.join(" AND ", conditions) + ") h" + after
                    + " ORDER BY h.relevance DESC, h.effective_on DESC, h.id LIMIT :page_rows")
                    .bind("city", city.toString()).bind("page_rows", page.limit() + 1);
            for (int i = 0; i < patterns.size(); i++) {
                q.bind("p" + i, patterns.get(i));
            }
            page.after().ifPresent(p -> {
                RegulationRepository.Rank rank = RegulationRepository.rank(p);
                q.bind("after_score", rank.score()).bind("after_on", SqlValues.date(rank.effectiveOn()))
                        .bind("after_id", SqlValues.uuid(p.uuidId()));
            });
            return q.map((rs, ctx) -> new RegulationHit(read(rs), rs.getInt("relevance"), maxScore)).list();
        });
        return Slice.of(found, page, RegulationRepository::relevancePosition);
    }

    private static String like(List<String> patterns, String pattern) {
        patterns.add(pattern);
        return "r.search_tokens LIKE :p" + (patterns.size() - 1) + " ESCAPE '!'";
    }

    private static boolean isLone(String token) {
        return token.codePointCount(0, token.length()) == 1 && isIdeograph(token);
    }

    /** Rows stored before the tokens were kept get them now, once. */
    private void indexMissing(AreaCode city) {
        jdbi.useTransaction(h -> h.createQuery("SELECT id, title, full_text FROM regulation WHERE city_code = :city AND search_tokens IS NULL")
                .bind("city", city.toString())
                .map((rs, ctx) -> new Object[] {rs.getObject("id"), rs.getString("title"), rs.getString("full_text")}).list()
                .forEach(row -> h.createUpdate("UPDATE regulation SET search_tokens = :t WHERE id = :id AND search_tokens IS NULL")
                        .bind("t", indexed((String) row[1], (String) row[2])).bind("id", row[0]).execute()));
    }

    private String indexed(String title, String text) {
        return " " + String.join(" ", tokens.of(title)) + " " + TITLE_TEXT_GAP + " " + String.join(" ", tokens.of(text)) + " ";
    }

    private static boolean isIdeograph(String token) {
        return Character.isIdeographic(token.codePointAt(0));
    }

    private static String escaped(String text) {
        // '!' and not a backslash: Jdbi's statement parser reads '\' as an escaped quote.
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static Regulation read(ResultSet rs) throws SQLException {
        return new Regulation(new RegulationId(SqlValues.uuid(rs, "id")), rs.getLong("version"), AreaCode.of(rs.getString("city_code")),
                rs.getString("title"), rs.getString("document_number"), rs.getString("adopting_body"),
                SqlValues.date(rs, "adopted_on"), SqlValues.date(rs, "effective_on"), RegulationStatus.valueOf(rs.getString("status")),
                SqlValues.optionalString(rs, "changing_act"), Optional.ofNullable(SqlValues.date(rs, "changed_on")),
                rs.getString("full_text"));
    }
}
