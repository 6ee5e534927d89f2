package org.shizhi.adapters.persistence;

import java.util.function.Function;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.statement.SqlStatement;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Position;

/**
 * A list read by keyset in SQL: ordered by a key column (ascending or descending) and then by the id column ascending,
 * a page being the rows strictly after the request's {@link Position}, at most {@code limit + 1} of them (the extra
 * row only says that more follow, see {@link org.shizhi.domain.shared.Slice#of}).
 *
 * <p>"After (k, i)" is written expanded, {@code key >= k AND (key > k OR id > i)} (mirrored for a descending key),
 * rather than as a row-value comparison: the order mixes directions for the newest-first lists, which a row value
 * cannot express, and the leading bound on the key alone lets both H2 and PostgreSQL start an index range scan there.
 * The position's key and id are parsed before the query runs, so a cursor the platform never gave out is refused as
 * an invalid {@code cursor}.
 *
 * @param keyColumn    the sort key's column, qualified as the query names it
 * @param newestFirst  whether the key descends
 * @param idColumn     the id column that breaks ties, ascending
 * @param key          the key of a position as the column's SQL value
 * @param id           the id of a position as the column's SQL value
 */
record Keyset(String keyColumn, boolean newestFirst, String idColumn, Function<Position, Argument> key,
              Function<Position, Argument> id) {

    /** Keyed by an instant column, UUID ids. */
    static Keyset byInstant(String keyColumn, boolean newestFirst, String idColumn) {
        return new Keyset(keyColumn, newestFirst, idColumn, p -> SqlValues.instant(p.instantKey()),
                p -> SqlValues.uuid(p.uuidId()));
    }

    /** Keyed by a date column, earliest first, UUID ids. */
    static Keyset byDate(String keyColumn, String idColumn) {
        return new Keyset(keyColumn, false, idColumn, p -> SqlValues.date(p.dateKey()), p -> SqlValues.uuid(p.uuidId()));
    }

    /** Keyed by a text column (a name, an address), UUID ids. */
    static Keyset byText(String keyColumn, String idColumn) {
        return new Keyset(keyColumn, false, idColumn, p -> text(p.key()), p -> SqlValues.uuid(p.uuidId()));
    }

    /** Keyed by a text column that is itself the id (a code): the tie never happens, the id repeats the key. */
    static Keyset byCode(String codeColumn) {
        return new Keyset(codeColumn, false, codeColumn, p -> text(p.key()), p -> text(p.id()));
    }

    /** The condition, starting with {@code " AND "}, on rows after the request's position; empty on the first page. */
    String after(PageRequest page) {
        if (page.after().isEmpty()) {
            return "";
        }
        if (keyColumn.equals(idColumn)) {
            return " AND " + keyColumn + (newestFirst ? " < " : " > ") + ":after_key";
        }
        String bound = newestFirst ? "<=" : ">=";
        String past = newestFirst ? "<" : ">";
        return " AND (" + keyColumn + " " + bound + " :after_key AND (" + keyColumn + " " + past + " :after_key OR "
                + idColumn + " > :after_id))";
    }

    /** The list's order and the page's row limit. */
    String orderAndLimit() {
        String tie = keyColumn.equals(idColumn) ? "" : ", " + idColumn;
        return " ORDER BY " + keyColumn + (newestFirst ? " DESC" : "") + tie + " LIMIT :page_rows";
    }

    /** Binds the parameters of {@link #after} and {@link #orderAndLimit}. */
    <S extends SqlStatement<S>> S bind(S statement, PageRequest page) {
        page.after().ifPresent(p -> {
            statement.bind("after_key", key.apply(p));
            if (!keyColumn.equals(idColumn)) {
                statement.bind("after_id", id.apply(p));
            }
        });
        return statement.bind("page_rows", page.limit() + 1);
    }

    static Argument text(String value) {
        return (position, statement, ctx) -> statement.setString(position, value);
    }
}
