package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;

/**
 * A dwelling of the housing register (房屋): an address on a grid and the number of households living there. The
 * grid's household count is the sum over its dwellings, never typed in.
 */
public record Dwelling(DwellingId id, GridCode grid, String address, int households, long version) {

    public static final int MAX_ADDRESS_LENGTH = 200;
    public static final int MAX_HOUSEHOLDS = 10_000;

    public Dwelling {
        if (id == null) {
            throw new InvalidValueException("dwellingId", "dwelling id is required");
        }
        if (grid == null) {
            throw new InvalidValueException("grid", "a dwelling lies on a grid");
        }
        address = Texts.required("address", "a dwelling's address", address, MAX_ADDRESS_LENGTH);
        if (households < 0 || households > MAX_HOUSEHOLDS) {
            throw new InvalidValueException("households", "households must be between 0 and " + MAX_HOUSEHOLDS + ", got " + households);
        }
        if (version < 1) {
            throw new InvalidValueException("version", "a dwelling's version starts at 1, got " + version);
        }
    }

    public Dwelling withHouseholds(int newHouseholds) {
        return new Dwelling(id, grid, address, newHouseholds, version + 1);
    }
}
