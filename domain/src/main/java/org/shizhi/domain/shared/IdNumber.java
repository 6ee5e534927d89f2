package org.shizhi.domain.shared;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A mainland resident identity number (居民身份证号码, GB 11643): 6-digit region code, 8-digit birth date,
 * 3-digit sequence, and a check character (ISO 7064 MOD 11-2, {@code X} for 10).
 *
 * <p>Personal data: {@link #toString()} is {@link #masked()}, and refusals never repeat the number, so
 * neither a log line nor an error message can leak it. {@link #value()} is the clear text, for the
 * adapters that must store or show it to a reader whose role allows.
 *
 * <p>The birth date is checked to be a real date on or after 1900-01-01; whether it lies in the future
 * needs a clock, which the model does not have: a caller with a {@code Clock} compares {@link #birthDate()}.
 */
public record IdNumber(String value) {

    private static final String FIELD = "idNumber";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_CHARACTERS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    public IdNumber {
        if (value == null) {
            throw new InvalidValueException(FIELD, "ID number is required");
        }
        value = value.strip();
        if (value.length() != 18) {
            throw new InvalidValueException(FIELD, "ID number must have 18 characters, got " + value.length());
        }
        if (value.charAt(17) == 'x') {
            value = value.substring(0, 17) + 'X';
        }
        if (!isDigits(value, 0, 17)) {
            throw new InvalidValueException(FIELD, "ID number must have digits in its first 17 characters");
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw new InvalidValueException(FIELD, "ID number must end in a digit or X");
        }
        if (last != checkCharacter(value.substring(0, 17))) {
            throw new InvalidValueException(FIELD, "ID number check character does not match (GB 11643, ISO 7064 MOD 11-2)");
        }
        LocalDate birth = birthDateOf(value);
        if (birth.isBefore(EARLIEST_BIRTH)) {
            throw new InvalidValueException(FIELD, "ID number birth date must not be before 1900-01-01");
        }
    }

    /** The number for a text, blanks around it ignored and a lower-case {@code x} accepted. */
    public static IdNumber parse(String text) {
        return new IdNumber(text);
    }

    /**
     * The check character for the first 17 digits: {@code (12 - Σ(digit × 2^(17-i) mod 11)) mod 11},
     * {@code X} standing for 10. Public so that generators of demo data build valid numbers without a
     * second copy of the algorithm.
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !isDigits(first17, 0, 17)) {
            throw new InvalidValueException(FIELD, "ID number check character needs exactly 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The region code at issue (digits 1–6), a GB/T 2260 county code that may since have been retired. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** The birth date (digits 7–14). */
    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** First 6 and last 4 characters, the rest as {@code *}: {@code 510104********1234}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** Masked, never the clear number. */
    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        int year = Integer.parseInt(value.substring(6, 10));
        int month = Integer.parseInt(value.substring(10, 12));
        int day = Integer.parseInt(value.substring(12, 14));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new InvalidValueException(FIELD, "ID number birth date (digits 7-14) must be a real calendar date");
        }
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
