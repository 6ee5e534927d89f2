package org.shizhi.adapters.persistence;

import java.math.BigInteger;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;
import org.shizhi.domain.shared.AreaCode;

/**
 * "Inside an area" in SQL: the codes (grid codes, community codes) that start with the area's
 * {@link AreaCode#prefix()}, written as the range {@code code >= prefix AND code < next prefix}. Every such code has
 * digits where the prefix has them, so among these codes the range is exactly the prefix match; and unlike
 * {@code LIKE 'prefix%'}, which PostgreSQL can serve from a B-tree index only under the C collation, a range of digit
 * strings is served by a plain index under any collation, on both engines.
 *
 * @param from the prefix itself, the smallest code inside
 * @param to   the prefix plus one, as many digits ({@code 5109 → 5110}); absent for an all-nines prefix, where every
 *             greater code is inside
 */
record AreaRange(String from, Optional<String> to) {

    static AreaRange of(AreaCode area) {
        String prefix = area.prefix();
        String next = new BigInteger(prefix).add(BigInteger.ONE).toString();
        // A prefix never starts with 0 (there is no province 00), so the sum is as long unless the prefix is all nines.
        return new AreaRange(prefix, next.length() == prefix.length() ? Optional.of(next) : Optional.empty());
    }

    /** The condition on {@code column}, with the parameters {@code :area_from} and {@code :area_to}. */
    String on(String column) {
        return to.isPresent()
                ? "(" + column + " >= :area_from AND " + column + " < :area_to)"
                : "(" + column + " >= :area_from)";
    }

    /** Binds the parameters of {@link #on(String)}. */
    <S extends SqlStatement<S>> S bind(S statement) {
        statement.bind("area_from", from);
        to.ifPresent(t -> statement.bind("area_to", t));
        return statement;
    }
}
