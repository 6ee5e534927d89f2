package org.shizhi.domain.dispute.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.UnifiedSocialCreditCode;
import org.shizhi.domain.shared.PublishedModel;

/**
 * A party to a dispute: a person (name, optional ID number and mobile, all personal data) or an organisation (name
 * and optional unified social credit code, not personal data; its contact mobile is), with its role.
 */
@PublishedModel
public record Party(Kind kind, Role role, String name, Optional<IdNumber> idNumber, Optional<PhoneNumber> phone,
                    Optional<UnifiedSocialCreditCode> creditCode) {

    public static final int MAX_NAME_LENGTH = 100;

    public enum Kind { PERSON, ORGANISATION }

    public enum Role { APPLICANT, RESPONDENT, THIRD_PARTY }

    /** The kinds of personal data a party's record holds: what an auditor of the archive must know is there. */
    public enum PersonalDataType { NAME, ID_NUMBER, PHONE }

    public Party {
        if (kind == null) {
            throw new InvalidValueException("kind", "a party is a PERSON or an ORGANISATION");
        }
        if (role == null) {
            throw new InvalidValueException("role", "a party's role is APPLICANT, RESPONDENT or THIRD_PARTY");
        }
        name = Texts.required("name", "a party's name", name, MAX_NAME_LENGTH);
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(creditCode, "creditCode");
        if (kind == Kind.ORGANISATION && idNumber.isPresent()) {
            throw new InvalidValueException("idNumber", "an organisation has a credit code, not an ID number");
        }
        if (kind == Kind.PERSON && creditCode.isPresent()) {
            throw new InvalidValueException("creditCode", "a person has an ID number, not a credit code");
        }
    }

    public static Party person(Role role, String name, IdNumber idNumber, PhoneNumber phone) {
        return new Party(Kind.PERSON, role, name, Optional.ofNullable(idNumber), Optional.ofNullable(phone), Optional.empty());
    }

    public static Party organisation(Role role, String name, UnifiedSocialCreditCode creditCode, PhoneNumber phone) {
        return new Party(Kind.ORGANISATION, role, name, Optional.empty(), Optional.ofNullable(phone), Optional.ofNullable(creditCode));
    }

    public Set<PersonalDataType> personalDataTypes() {
        EnumSet<PersonalDataType> types = EnumSet.noneOf(PersonalDataType.class);
        if (kind == Kind.PERSON) {
            types.add(PersonalDataType.NAME);
        }
        idNumber.ifPresent(x -> types.add(PersonalDataType.ID_NUMBER));
        phone.ifPresent(x -> types.add(PersonalDataType.PHONE));
        return Set.copyOf(types);
    }
}
