package org.shizhi.domain.party.port.in;

import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.grid.model.GridCode;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.OrganisationTier;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * The organisation tree and what it stands on: founding organisations (党委, 党总支, 党支部, 党小组) under their parent,
 * binding them to grids and estates, registering estates and property companies, and linking a company to the party
 * organisation that oversees it (红色物业). Roles: {@code COMMUNITY_STAFF},
 * {@code STREET_OFFICER}, {@code CITY_ADMIN}, {@code INTEGRATOR}; the area must lie in the caller's jurisdiction (else
 * 404, as for an unknown one).
 */
public interface OrganisePartyUseCase {

    PartyOrganisation found(org.shizhi.domain.shared.Actor actor, FoundCommand command);

    PartyOrganisation bind(org.shizhi.domain.shared.Actor actor, BindCommand command);

    Estate registerEstate(org.shizhi.domain.shared.Actor actor, RegisterEstateCommand command);

    PropertyCompany registerCompany(org.shizhi.domain.shared.Actor actor, RegisterCompanyCommand command);

    /** Links the company to the organisation that oversees it; the organisation must lie in the company's city. */
    PropertyCompany linkCompany(org.shizhi.domain.shared.Actor actor, LinkCompanyCommand command);

    /** A new organisation; a committee may stand at the top, every other tier under its parent. */
    record FoundCommand(OrganisationTier tier, String name, AreaCode area, Optional<PartyOrganisationId> parent,
                        Set<GridCode> grids, Set<EstateId> estates) {
        public FoundCommand {
            if (tier == null) {
                throw new InvalidValueException("tier", "tier is COMMITTEE, GENERAL_BRANCH, BRANCH or GROUP");
            }
            name = Texts.required("name", "an organisation's name", name, PartyOrganisation.MAX_NAME_LENGTH);
            if (area == null) {
                throw new InvalidValueException("area", "an organisation stands in an area");
            }
            parent = parent == null ? Optional.empty() : parent;
            grids = grids == null ? Set.of() : Set.copyOf(grids);
            estates = estates == null ? Set.of() : Set.copyOf(estates);
        }
    }

    /** Replaces the grids and estates an organisation is bound to. */
    record BindCommand(PartyOrganisationId organisation, Set<GridCode> grids, Set<EstateId> estates) {
        public BindCommand {
            if (organisation == null) {
                throw new InvalidValueException("organisationId", "the organisation to bind is required");
            }
            grids = grids == null ? Set.of() : Set.copyOf(grids);
            estates = estates == null ? Set.of() : Set.copyOf(estates);
        }
    }

    record RegisterEstateCommand(AreaCode community, String name, Optional<UnifiedSocialCreditCode> propertyCompany) {
        public RegisterEstateCommand {
            if (community == null) {
                throw new InvalidValueException("community", "an estate lies in a community");
            }
            name = Texts.required("name", "an estate's name", name, Estate.MAX_NAME_LENGTH);
            propertyCompany = propertyCompany == null ? Optional.empty() : propertyCompany;
        }
    }

    record RegisterCompanyCommand(UnifiedSocialCreditCode creditCode, String name) {
        public RegisterCompanyCommand {
            if (creditCode == null) {
                throw new InvalidValueException("creditCode", "a property company is identified by its unified social credit code");
            }
            name = Texts.required("name", "a property company's name", name, PropertyCompany.MAX_NAME_LENGTH);
        }
    }

    record LinkCompanyCommand(UnifiedSocialCreditCode creditCode, PartyOrganisationId organisation) {
        public LinkCompanyCommand {
            if (creditCode == null) {
                throw new InvalidValueException("creditCode", "the company's credit code is required");
            }
            if (organisation == null) {
                throw new InvalidValueException("organisationId", "the overseeing organisation is required");
            }
        }
    }
}
