package org.shizhi.domain.law.port.in;

import java.util.Optional;
import java.util.Set;
import org.shizhi.domain.law.model.Person;
import org.shizhi.domain.shared.PersonalData;

/** A person on a law record as a reader sees them: clear with the personal-data privilege, masked otherwise. */
public record PersonView(String name, Optional<String> idNumber, Optional<String> phone,
                         Set<Person.PersonalDataType> personalDataTypes, boolean masked) {

    public static PersonView of(Person p, PersonalData shown) {
        return new PersonView(shown.name(p.name()), p.idNumber().map(shown::idNumber), shown.phone(p.phone()),
                p.personalDataTypes(), !shown.isClear());
    }
}
