package org.shizhi.domain.law.model;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.PublishedModel;
import org.shizhi.domain.shared.Texts;

/**
 * A person the law context keeps a record of (a legal-aid applicant, a petitioner, a complainant): name, and optional
 * ID number and mobile; all three are personal data, shown clear or masked by the reader's privilege. Published: a
 * night visit files a petition naming the resident.
 */
@PublishedModel
public record Person(String name, Optional<IdNumber> idNumber, Optional<PhoneNumber> phone) {

    public static final int MAX_NAME_LENGTH = 100;

    /** The kinds of personal data a record holds, as dispute parties and residents name them. */
    public enum PersonalDataType { NAME, ID_NUMBER, PHONE }

    public Person {
        name = Texts.required("name", "a person's name", name, MAX_NAME_LENGTH);
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(phone, "phone");
    }

    public static Person of(String name, IdNumber idNumber, PhoneNumber phone) {
        return new Person(name, Optional.ofNullable(idNumber), Optional.ofNullable(phone));
    }

    public Set<PersonalDataType> personalDataTypes() {
        EnumSet<PersonalDataType> types = EnumSet.of(PersonalDataType.NAME);
        idNumber.ifPresent(x -> types.add(PersonalDataType.ID_NUMBER));
        phone.ifPresent(x -> types.add(PersonalDataType.PHONE));
        return Set.copyOf(types);
    }
}
