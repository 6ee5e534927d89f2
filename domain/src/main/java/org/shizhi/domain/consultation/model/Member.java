package org.shizhi.domain.consultation.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;
import org.shizhi.domain.shared.Texts;

/**
 * A council member for a term: their name and mobile are personal data (the mobile is stored only encrypted); the
 * capacity they sit in (村民代表, 居民代表, 党员代表, 少先队员...) is not.
 *
 * @param termTo the last day of the term, inclusive
 */
public record Member(String name, Optional<PhoneNumber> phone, String capacity, LocalDate termFrom, LocalDate termTo) {

    public static final int MAX_TERM_YEARS = 5;

    public Member {
        name = Texts.required("name", "the member's name", name, 100);
        Objects.requireNonNull(phone, "phone");
        capacity = Texts.required("capacity", "the capacity the member sits in", capacity, 100);
        if (termFrom == null || termTo == null) {
            throw new InvalidValueException(termFrom == null ? "termFrom" : "termTo", "a member's term has a first and a last day");
        }
        if (termTo.isBefore(termFrom)) {
            throw new InvalidValueException("termTo", "the term ends (" + termTo + ") before it starts (" + termFrom + ")");
        }
        if (termTo.isAfter(termFrom.plusYears(MAX_TERM_YEARS))) {
            throw new InvalidValueException("termTo", "a term lasts at most " + MAX_TERM_YEARS + " years (the villagers' committee's)");
        }
    }

    public boolean servesOn(LocalDate day) {
        return !day.isBefore(termFrom) && !day.isAfter(termTo);
    }

    boolean overlaps(Member other) {
        return !other.termTo.isBefore(termFrom) && !other.termFrom.isAfter(termTo);
    }
}
