package org.shizhi.domain.grid.model;

import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A grid's code, derived from its community and never typed in:
 * <ul>
 *   <li>a grid: the community's 12-digit code plus a 3-digit serial, 15 digits ({@code 510104022001} + {@code 003}).
 *       Serial {@code 000} is reserved for the community's {@link GridTier#TOTAL total grid}, so a community cannot
 *       have two; other grids take 001–999 in order of creation;</li>
 *   <li>a building sub-grid: its parent grid's 15 digits plus {@code B} and a 3-digit serial under that parent,
 *       19 characters ({@code 510104022001003B012}). Three digits, not two, because one Zhanjiang community
 *       already keeps 136 building sub-grids (seed 003).</li>
 * </ul>
 * Every grid code starts with its community's code, so an area-code prefix selects the grids of any area.
 */
@PublishedModel
public record GridCode(String value) implements Comparable<GridCode> {

    private static final String FIELD = "gridCode";
    public static final int GRID_LENGTH = 15;
    public static final int BUILDING_LENGTH = 19;
    public static final int MAX_SERIAL = 999;

    public GridCode {
        if (value == null) {
            throw new InvalidValueException(FIELD, "grid code is required");
        }
        value = value.strip();
        if (value.length() != GRID_LENGTH && value.length() != BUILDING_LENGTH) {
            throw new InvalidValueException(FIELD, "grid code must have 15 digits (community code + serial) or 19 characters"
                    + " (a grid code + B + serial of a building sub-grid), got " + value.length());
        }
        if (!digits(value, 0, GRID_LENGTH)) {
            throw new InvalidValueException(FIELD, "grid code must start with 15 digits, got '" + value + "'");
        }
        if (value.length() == BUILDING_LENGTH) {
            if (value.charAt(GRID_LENGTH) != 'B' || !digits(value, GRID_LENGTH + 1, BUILDING_LENGTH)) {
                throw new InvalidValueException(FIELD, "a building sub-grid code is a grid code, B and 3 digits, got '" + value + "'");
            }
            if (value.substring(GRID_LENGTH + 1).equals("000")) {
                throw new InvalidValueException(FIELD, "a building sub-grid serial runs from 001 to 999, got '" + value + "'");
            }
        }
        AreaCode community = new AreaCode(value.substring(0, 12));
        if (community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException(FIELD, "a grid code must start with a community code, but "
                    + community + " is a " + community.level() + " code");
        }
    }

    public static GridCode parse(String text) {
        return new GridCode(text);
    }

    /** The code of a community's grid with the given serial (0 for the total grid, 1–999 for the others). */
    public static GridCode of(AreaCode community, int serial) {
        if (community == null) {
            throw new InvalidValueException("community", "community is required");
        }
        if (serial < 0 || serial > MAX_SERIAL) {
            throw new InvalidValueException(FIELD, "a grid serial runs from 000 to 999, got " + serial);
        }
        return new GridCode(community.value() + three(serial));
    }

    /** The code of this grid's building sub-grid with the given serial (1–999). */
    public GridCode building(int serial) {
        if (isBuilding()) {
            throw new InvalidValueException(FIELD, "a building sub-grid has no building sub-grids of its own: " + value);
        }
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new InvalidValueException(FIELD, "a building sub-grid serial runs from 001 to 999, got " + serial);
        }
        return new GridCode(value + "B" + three(serial));
    }

    /** The community the grid lies in: the first 12 digits. */
    public AreaCode community() {
        return new AreaCode(value.substring(0, 12));
    }

    public boolean isBuilding() {
        return value.length() == BUILDING_LENGTH;
    }

    /** The serial within the community (digits 13–15), or within the parent grid for a building sub-grid. */
    public int serial() {
        return Integer.parseInt(isBuilding() ? value.substring(GRID_LENGTH + 1) : value.substring(12, GRID_LENGTH));
    }

    /** For a building sub-grid, the grid whose code it extends. */
    public Optional<GridCode> enclosingGrid() {
        return isBuilding() ? Optional.of(new GridCode(value.substring(0, GRID_LENGTH))) : Optional.empty();
    }

    @Override
    public int compareTo(GridCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String three(int serial) {
        return String.format("%03d", serial);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
