package org.shizhi.domain.shared;

import java.util.Locale;

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of an organisation: 18 characters from the
 * code alphabet {@code 0-9 A-H J-N P-R T-U W-Y} (no I, O, Z, S, V), the last a check character over the
 * first 17 (weights 3^i mod 31, result mod 31). Lower case is accepted and kept upper case.
 *
 * <p>The code identifies an organisation, not a person, and is printed on its business licence; it is
 * not personal data. It is still masked in {@link #toString()} so that it behaves like the other identity
 * types in logs and exports, and an adapter can show it in full ({@link #value()}) where it chooses.
 * The mask keeps the first 6 characters (registering authority, kind of organisation, province and
 * city) and the last 4, enough to tell codes apart in a list.
 */
public record UnifiedSocialCreditCode(String value) {

    private static final String FIELD = "creditCode";
    /** The code alphabet; a character's value is its index here. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnifiedSocialCreditCode {
        if (value == null) {
            throw new InvalidValueException(FIELD, "unified social credit code is required");
        }
        value = value.strip().toUpperCase(Locale.ROOT);
        if (value.length() != 18) {
            throw new InvalidValueException(FIELD, "unified social credit code must have 18 characters, got " + value.length());
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new InvalidValueException(FIELD, "unified social credit code must use only 0-9 and A-Y without I, O, S, V, Z;"
                        + " character " + (i + 1) + " is not one of them");
            }
        }
        if (value.charAt(17) != checkCharacter(value.substring(0, 17))) {
            throw new InvalidValueException(FIELD, "unified social credit code check character does not match (GB 32100-2015)");
        }
    }

    public static UnifiedSocialCreditCode parse(String text) {
        return new UnifiedSocialCreditCode(text);
    }

    /**
     * The check character for the first 17 characters: {@code 31 - Σ(value × weight) mod 31}, 31 written
     * as {@code 0}. Public so that generators of demo data build valid codes without a second copy.
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17) {
            throw new InvalidValueException(FIELD, "unified social credit code check character needs exactly 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(first17.charAt(i));
            if (v < 0) {
                throw new InvalidValueException(FIELD, "unified social credit code must use only 0-9 and A-Y without I, O, S, V, Z;"
                        + " character " + (i + 1) + " is not one of them");
            }
            sum += v * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** First 6 and last 4 characters, the rest as {@code *}: {@code 915101********123X}. */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    /** Masked; see the class comment for why an organisation's code is masked at all. */
    @Override
    public String toString() {
        return masked();
    }
}
