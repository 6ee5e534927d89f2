package org.shizhi.client.e2e;

/**
 * The check characters of the two identifiers the tests make up, computed here so that the tests need nothing of the
 * platform's domain: an ID number's (GB 11643, ISO 7064 MOD 11-2) and a unified social credit code's (GB 32100).
 */
final class CheckCharacters {

    private static final int[] ID_NUMBER_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_NUMBER_CHECKS = "10X98765432";
    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CheckCharacters() {
    }

    /** The 18th character of a resident ID number whose first 17 digits are {@code first17}. */
    static char idNumber(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * ID_NUMBER_WEIGHTS[i];
        }
        return ID_NUMBER_CHECKS.charAt(sum % 11);
    }

    /** The 18th character of a unified social credit code whose first 17 characters are {@code first17}. */
    static char creditCode(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CODE_ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += value * CREDIT_CODE_WEIGHTS[i];
        }
        return CREDIT_CODE_ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
