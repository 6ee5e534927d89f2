package org.shizhi.domain.party.port.out;

import java.util.Optional;
import org.shizhi.domain.party.model.Estate;
import org.shizhi.domain.party.model.EstateId;
import org.shizhi.domain.party.model.PartyOrganisation;
import org.shizhi.domain.party.model.PartyOrganisationId;
import org.shizhi.domain.party.model.PropertyCompany;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PageRequest;
import org.shizhi.domain.shared.Slice;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * Where the organisation tree, the estates and the property companies are kept. "Inside an area": the code starts with
 * the area's prefix. Contract: {@code PartyStorageContract}.
 */
public interface PartyOrganisations {

    /** Inserts the organisation, or replaces its bindings (its tier, area and parent never change). */
    void save(PartyOrganisation organisation);

    Optional<PartyOrganisation> find(PartyOrganisationId id);

    /** Organisations whose area lies inside {@code area}, ordered by area code then id; positions are (area, id). */
    Slice<PartyOrganisation> within(AreaCode area, PageRequest page);

    void save(Estate estate);

    Optional<Estate> find(EstateId id);

    /** Estates of the communities inside the area, ordered by community then id. */
    Slice<Estate> estatesWithin(AreaCode area, PageRequest page);

    /** Inserts the company, or replaces its name and overseeing organisation. */
    void save(PropertyCompany company);

    Optional<PropertyCompany> findCompany(AreaCode city, UnifiedSocialCreditCode creditCode);
}
