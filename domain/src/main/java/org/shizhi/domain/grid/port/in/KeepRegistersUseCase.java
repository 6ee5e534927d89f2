package org.shizhi.domain.grid.port.in;

import org.shizhi.domain.shared.Permission;
import java.util.Optional;
import org.shizhi.domain.grid.model.Dwelling;
import org.shizhi.domain.grid.model.DwellingId;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.grid.model.Organisation;
import org.shizhi.domain.grid.model.OrganisationId;
import org.shizhi.domain.grid.model.OrganisationKind;
import org.shizhi.domain.grid.model.Resident;
import org.shizhi.domain.grid.model.ResidentId;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.Actor;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * Keeps the base registers of the grids current (人口、房屋、单位). {@link Permission#KEEP_REGISTERS}:
 * grid workers and community staff keep them, city administrators and integrators load and synchronise them.
 * The grid or dwelling must lie in the caller's jurisdiction (else 404). The counts of grids and areas follow from
 * what is registered here; nobody types them in.
 */
public interface KeepRegistersUseCase {

    DwellingRegistered registerDwelling(Actor actor, RegisterDwellingCommand command);

    /** A household moved in or out: the dwelling's household count, and with it the grid's, changes. */
    DwellingChanged changeHouseholds(Actor actor, ChangeHouseholdsCommand command);

    /** Refused with 409 if a resident with the same ID number is registered anywhere in the city. */
    ResidentRegistered registerResident(Actor actor, RegisterResidentCommand command);

    /** A resident moved away or died: they leave the register (and the counts). */
    ResidentRemoved removeResident(Actor actor, RemoveResidentCommand command);

    /** Refused with 409 if an organisation with the same credit code is registered in the city. */
    OrganisationRegistered registerOrganisation(Actor actor, RegisterOrganisationCommand command);

    record RegisterDwellingCommand(GridCode grid, String address, int households) {
        public RegisterDwellingCommand {
            if (grid == null) {
                throw new InvalidValueException("grid", "a dwelling is registered on a grid");
            }
            address = Texts.required("address", "a dwelling's address", address, Dwelling.MAX_ADDRESS_LENGTH);
            if (households < 0 || households > Dwelling.MAX_HOUSEHOLDS) {
                throw new InvalidValueException("households", "households must be between 0 and " + Dwelling.MAX_HOUSEHOLDS
                        + ", got " + households);
            }
        }
    }

    record ChangeHouseholdsCommand(DwellingId dwelling, long expectedVersion, int households) {
        public ChangeHouseholdsCommand {
            if (dwelling == null) {
                throw new InvalidValueException("dwelling", "which dwelling is required");
            }
            Versions.check(expectedVersion);
            if (households < 0 || households > Dwelling.MAX_HOUSEHOLDS) {
                throw new InvalidValueException("households", "households must be between 0 and " + Dwelling.MAX_HOUSEHOLDS
                        + ", got " + households);
            }
        }
    }

    /** The ID number and mobile are already valid foundation types: an invalid one never reaches the service. */
    record RegisterResidentCommand(DwellingId dwelling, String name, IdNumber idNumber, Optional<PhoneNumber> mobile) {
        public RegisterResidentCommand {
            if (dwelling == null) {
                throw new InvalidValueException("dwelling", "a resident is registered in a dwelling");
            }
            name = Texts.required("name", "a resident's name", name, Resident.MAX_NAME_LENGTH);
            if (idNumber == null) {
                throw new InvalidValueException("idNumber", "a resident's ID number is required");
            }
            mobile = mobile == null ? Optional.empty() : mobile;
        }
    }

    record RemoveResidentCommand(ResidentId resident, String reason) {
        public static final int MAX_REASON_LENGTH = 500;

        public RemoveResidentCommand {
            if (resident == null) {
                throw new InvalidValueException("resident", "which resident is required");
            }
            reason = Texts.required("reason", "why the resident leaves the register", reason, MAX_REASON_LENGTH);
        }
    }

    record RegisterOrganisationCommand(GridCode grid, String name, UnifiedSocialCreditCode creditCode, OrganisationKind kind,
                                       String address) {
        public RegisterOrganisationCommand {
            if (grid == null) {
                throw new InvalidValueException("grid", "an organisation is registered on a grid");
            }
            name = Texts.required("name", "an organisation's name", name, Organisation.MAX_NAME_LENGTH);
            if (creditCode == null) {
                throw new InvalidValueException("creditCode", "an organisation's unified social credit code is required");
            }
            if (kind == null) {
                throw new InvalidValueException("kind", "an organisation's kind is required");
            }
            address = Texts.required("address", "an organisation's address", address, Organisation.MAX_ADDRESS_LENGTH);
        }
    }

    record DwellingRegistered(DwellingId dwelling, GridCode grid, long version) {
    }

    record DwellingChanged(DwellingId dwelling, int households, long version) {
    }

    record ResidentRegistered(ResidentId resident, DwellingId dwelling, GridCode grid) {
    }

    /** @param reason why, as given; kept for the caller's own log, since the register keeps only current residents */
    record ResidentRemoved(ResidentId resident, GridCode grid, String reason) {
    }

    record OrganisationRegistered(OrganisationId organisation, GridCode grid) {
    }
}
