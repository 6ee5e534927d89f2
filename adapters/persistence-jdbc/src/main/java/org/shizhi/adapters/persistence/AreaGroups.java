package org.shizhi.adapters.persistence;

import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;

/**
 * Counting per area of a level in one {@code GROUP BY}: a row's area of that level is the leading digits of its
 * community (or grid) code, as {@link AreaRange} selects an area's rows by prefix.
 */
final class AreaGroups {

    private AreaGroups() {
    }

    /** The SQL of the leading digits of {@code column} that name its area of {@code level}. */
    static String unit(String column, AdminLevel level) {
        return "SUBSTRING(" + column + " FROM 1 FOR " + level.significantDigits() + ")";
    }

    /** The area whose leading digits {@link #unit} read. */
    static AreaCode area(String prefix) {
        return AreaCode.of(prefix + "0".repeat(12 - prefix.length()));
    }
}
