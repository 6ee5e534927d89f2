package org.shizhi.domain.grid.model;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Texts;

/**
 * A resident of the population register (人口): who lives in which dwelling. The name, the resident ID number and
 * the mobile are personal data; this type holds them in clear for the service, and every read path turns it into
 * a {@code ResidentView} that is masked unless the reader holds the personal-data privilege.
 *
 * @param grid the dwelling's grid, kept with the resident so that counts and lists by grid need no join
 */
public record Resident(ResidentId id, DwellingId dwelling, GridCode grid, String name, IdNumber idNumber,
                       Optional<PhoneNumber> mobile) {

    public static final int MAX_NAME_LENGTH = 50;

    public Resident {
        if (id == null) {
            throw new InvalidValueException("residentId", "resident id is required");
        }
        if (dwelling == null) {
            throw new InvalidValueException("dwelling", "a resident lives in a dwelling");
        }
        if (grid == null) {
            throw new InvalidValueException("grid", "a resident's grid is required");
        }
        name = Texts.required("name", "a resident's name", name, MAX_NAME_LENGTH);
        if (idNumber == null) {
            throw new InvalidValueException("idNumber", "a resident's ID number is required");
        }
        Objects.requireNonNull(mobile, "mobile");
    }
}
