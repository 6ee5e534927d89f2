package org.shizhi.domain.archive.model;

import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * A party to a case (当事人) as the record keeps it: personal data in its own types, so that masking and
 * encryption at rest cannot be forgotten.
 *
 * @param role what the party was in the case (申请人, 被申请人, 反映人…), free text
 * @param kind a person, whose name is personal data and masked; or an organisation (a company, a property
 *             management office), whose name is not and is shown as it is
 */
public record Party(String name, String role, Optional<IdNumber> idNumber, Optional<PhoneNumber> phone, Kind kind) {

    public enum Kind { PERSON, ORGANISATION }

    /** A person. */
    public Party(String name, String role, Optional<IdNumber> idNumber, Optional<PhoneNumber> phone) {
        this(name, role, idNumber, phone, Kind.PERSON);
    }

    public Party {
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("parties.name", "a party needs a name");
        }
        name = name.strip();
        if (name.length() > 100) {
            throw new InvalidValueException("parties.name", "a party's name has at most 100 characters");
        }
        role = role == null ? "" : role.strip();
        if (role.length() > 40) {
            throw new InvalidValueException("parties.role", "a party's role has at most 40 characters");
        }
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
    }
}
