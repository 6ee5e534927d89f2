package org.shizhi.domain.grid.port.in;

import java.util.Optional;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;

/**
 * A resident as a reader sees them: name, ID number and mobile in clear for a reader with the personal-data
 * privilege, masked ({@code 张**}, {@code 510104********1234}, {@code 138****5678}) for everyone else.
 */
public record ResidentView(ResidentId id, DwellingId dwelling, GridCode grid, String name, String idNumber,
                           Optional<String> mobile, boolean masked) {

    public static ResidentView of(Resident resident, PersonalData shown) {
        return new ResidentView(resident.id(), resident.dwelling(), resident.grid(), shown.name(resident.name()),
                shown.idNumber(resident.idNumber()), shown.phone(resident.mobile()), !shown.isClear());
    }
}
