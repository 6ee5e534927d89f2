package org.shizhi.domain.grid.model;

import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/** A node of the administrative area tree (city, district, street, community), keyed by its statistical code. */
@PublishedModel
public record Area(AreaCode code, String name) {

    public static final int MAX_NAME_LENGTH = 100;

    public Area {
        if (code == null) {
            throw new InvalidValueException("code", "area code is required");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("name", "area name must not be blank");
        }
        name = name.strip();
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("name", "area name must be at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    public AdminLevel level() {
        return code.level();
    }

    public Optional<AreaCode> parentCode() {
        return code.parent();
    }
}
