package org.shizhi.domain.party.model;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;

/**
 * A residential estate (小区) of a community, with the property company that manages it, if any (a self-managed or
 * unmanaged estate has none). Party organisations and councils are bound to estates; red property management asks
 * whether the estate's company is overseen by a party organisation.
 */
public record Estate(EstateId id, AreaCode community, String name, Optional<UnifiedSocialCreditCode> propertyCompany) {

    public static final int MAX_NAME_LENGTH = 100;

    public Estate {
        Objects.requireNonNull(id, "id");
        if (community == null || community.level() != AdminLevel.COMMUNITY) {
            throw new InvalidValueException("community", "an estate lies in a community (a 12-digit community code)");
        }
        name = Texts.required("name", "an estate's name", name, MAX_NAME_LENGTH);
        propertyCompany = propertyCompany == null ? Optional.empty() : propertyCompany;
    }
}
