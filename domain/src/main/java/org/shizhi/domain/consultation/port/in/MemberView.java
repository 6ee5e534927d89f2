package org.shizhi.domain.consultation.port.in;

import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.consultation.model.Member;
import org.shizhi.domain.shared.PersonalData;

/** A council member as a reader sees them: name and mobile clear with the personal-data privilege, masked otherwise. */
public record MemberView(String name, Optional<String> phone, String capacity, LocalDate termFrom, LocalDate termTo,
                         boolean serving, boolean masked) {

    public static MemberView of(Member m, PersonalData shown, LocalDate today) {
        return new MemberView(shown.name(m.name()), shown.phone(m.phone()), m.capacity(), m.termFrom(), m.termTo(),
                m.servesOn(today), !shown.isClear());
    }
}
