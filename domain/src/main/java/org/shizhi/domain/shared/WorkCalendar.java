package org.shizhi.domain.shared;

import java.time.LocalDate;
import java.util.Set;

/**
 * Out-port: which days are working days (工作日) under the State Council's holiday arrangements.
 * Deadlines in the platform ("reply within 5 working days") are counted with it.
 *
 * <p>Every method needs data for the years of the dates it is given, even an excluded start, and for
 * each year it counts through. A date in a year without data throws
 * {@link MissingReferenceDataException} naming that year and the years covered: a guessed deadline is
 * worse than a refusal, because nobody notices it. The one exception an operator may allow is a
 * {@linkplain #provisionalYears() provisional year}: the statutory holidays of a year whose notice is not yet
 * loaded, which the platform reports wherever it starts and checks its health.
 */
public interface WorkCalendar {

    /** Monday to Friday unless a public holiday, or a make-up workday (调休上班, a Saturday or Sunday). */
    boolean isWorkingDay(LocalDate date);

    /**
     * The day that is {@code days} working days after {@code start}, not counting {@code start} itself:
     * one working day after a Friday is the next working Monday, whatever {@code start} is. Zero days
     * gives {@code start} unchanged. Always {@code workingDaysBetween(start, result) == days}.
     *
     * @throws InvalidValueException if {@code days} is negative
     */
    LocalDate addWorkingDays(LocalDate start, int days);

    /**
     * How many working days lie in the half-open interval ({@code fromExclusive}, {@code toInclusive}]:
     * from a day to the same day is 0, from a Friday to the next working Monday is 1. If
     * {@code toInclusive} is before {@code fromExclusive} the result is the negated count for the
     * interval the other way round, so a deadline passed by two working days reads -2.
     */
    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive);

    /** The calendar years this calendar has data for, provisional ones included. */
    Set<Integer> coveredYears();

    /**
     * Covered years counted on the statutory holidays alone (《全国年节及纪念日放假办法》), because the State Council's
     * notice for them is not loaded: without its bridging days off and make-up workdays, a deadline reaching such a
     * year may move by a few days once the notice is. Empty unless the operator allows it.
     */
    default Set<Integer> provisionalYears() {
        return Set.of();
    }
}
