package org.shizhi.domain.shared;

import java.util.Optional;

/**
 * The clear or the masked form of personal data, decided once per read by the reader's privilege. ID numbers and
 * mobiles use the foundation types' masks; a person's name keeps its first character (the family name) and masks
 * the rest, {@code 张*伟 → 张**}, as Chinese registers usually show it.
 */
public final class PersonalData {

    private final boolean clear;

    private PersonalData(boolean clear) {
        this.clear = clear;
    }

    /** Clear if {@code mayRead}, masked otherwise. */
    public static PersonalData shownAs(boolean mayRead) {
        return new PersonalData(mayRead);
    }

    public boolean isClear() {
        return clear;
    }

    public String name(String name) {
        return clear ? name : maskName(name);
    }

    public String idNumber(IdNumber idNumber) {
        return clear ? idNumber.value() : idNumber.masked();
    }

    public String phone(PhoneNumber phone) {
        return clear ? phone.value() : phone.masked();
    }

    public Optional<String> phone(Optional<PhoneNumber> phone) {
        return phone.map(this::phone);
    }

    /** The first code point, then one {@code *} for each further one. */
    public static String maskName(String name) {
        if (name.isEmpty()) {
            return name;
        }
        int first = Character.charCount(name.codePointAt(0));
        return name.substring(0, first) + "*".repeat(name.codePointCount(first, name.length()));
    }
}
