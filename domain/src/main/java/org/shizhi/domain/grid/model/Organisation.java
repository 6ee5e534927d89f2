package org.shizhi.domain.grid.model;

import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;
import org.shizhi.domain.shared.Texts;

/** An organisation of the register (单位) on a grid, identified in the city by its unified social credit code. */
public record Organisation(OrganisationId id, GridCode grid, String name, UnifiedSocialCreditCode creditCode,
                           OrganisationKind kind, String address) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ADDRESS_LENGTH = 200;

    public Organisation {
        if (id == null) {
            throw new InvalidValueException("organisationId", "organisation id is required");
        }
        if (grid == null) {
            throw new InvalidValueException("grid", "an organisation lies on a grid");
        }
        name = Texts.required("name", "an organisation's name", name, MAX_NAME_LENGTH);
        if (creditCode == null) {
            throw new InvalidValueException("creditCode", "an organisation's unified social credit code is required");
        }
        if (kind == null) {
            throw new InvalidValueException("kind", "an organisation's kind is required");
        }
        address = Texts.required("address", "an organisation's address", address, MAX_ADDRESS_LENGTH);
    }
}
