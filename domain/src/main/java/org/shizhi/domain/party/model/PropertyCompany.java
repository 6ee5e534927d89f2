package org.shizhi.domain.party.model;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * A property company (物业服务企业) of a city, identified by its credit code, and for red property management
 * (红色物业) the party organisation that oversees it, once linked.
 */
public record PropertyCompany(UnifiedSocialCreditCode creditCode, AreaCode city, String name,
                              Optional<PartyOrganisationId> overseenBy) {

    public static final int MAX_NAME_LENGTH = 100;

    public PropertyCompany {
        if (creditCode == null) {
            throw new InvalidValueException("creditCode", "a property company is identified by its unified social credit code");
        }
        Objects.requireNonNull(city, "city");
        if (city.level() != AdminLevel.CITY) {
            throw new InvalidValueException("city", "a property company is registered in a city");
        }
        name = Texts.required("name", "a property company's name", name, MAX_NAME_LENGTH);
        overseenBy = overseenBy == null ? Optional.empty() : overseenBy;
    }

    public PropertyCompany overseenBy(PartyOrganisationId organisation) {
        return new PropertyCompany(creditCode, city, name, Optional.of(organisation));
    }
}
