package org.shizhi.domain.party.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Texts;

/**
 * A party member (党员) of an organisation: name, ID number and optional mobile are personal data, stored and shown
 * like a resident's. {@code employed} marks an in-service member (在职党员), who checks in to the community where
 * they live; retired and other members do not.
 */
public record PartyMember(PartyMemberId id, PartyOrganisationId organisation, String name, IdNumber idNumber,
                          Optional<PhoneNumber> mobile, boolean employed, LocalDate joinedOn) {

    public static final int MAX_NAME_LENGTH = 50;

    public PartyMember {
        Objects.requireNonNull(id, "id");
        if (organisation == null) {
            throw new InvalidValueException("organisationId", "a member belongs to an organisation");
        }
        name = Texts.required("name", "a member's name", name, MAX_NAME_LENGTH);
        if (idNumber == null) {
            throw new InvalidValueException("idNumber", "a member's ID number is required");
        }
        mobile = mobile == null ? Optional.empty() : mobile;
        if (joinedOn == null) {
            throw new InvalidValueException("joinedOn", "the date the member joined the party is required");
        }
        if (joinedOn.isBefore(idNumber.birthDate().plusYears(18))) {
            throw new InvalidValueException("joinedOn", "a member joins the party at 18 or older");
        }
    }
}
