package org.shizhi.domain.shared;

/**
 * A mainland mobile number (手机号): 11 digits, {@code 1} then {@code 3}–{@code 9}. Written forms such as
 * {@code +86 138-1234-5678} are accepted and kept as the 11 digits, so equal numbers are equal values.
 *
 * <p>Personal data: {@link #toString()} is {@link #masked()} and refusals never repeat the number.
 * {@link #value()} is the clear text.
 */
public record PhoneNumber(String value) {

    private static final String FIELD = "phoneNumber";

    public PhoneNumber {
        if (value == null) {
            throw new InvalidValueException(FIELD, "phone number is required");
        }
        value = normalise(value);
        if (value.length() != 11 || !allDigits(value)) {
            throw new InvalidValueException(FIELD,
                    "phone number must be a mainland mobile number of 11 digits (after an optional +86)");
        }
        if (value.charAt(0) != '1' || value.charAt(1) < '3') {
            throw new InvalidValueException(FIELD, "phone number must start with 1 followed by a digit from 3 to 9");
        }
    }

    public static PhoneNumber parse(String text) {
        return new PhoneNumber(text);
    }

    /** First 3 and last 4 digits: {@code 138****5678}. */
    public String masked() {
        return value.substring(0, 3) + "****" + value.substring(7);
    }

    /** Masked, never the clear number. */
    @Override
    public String toString() {
        return masked();
    }

    private static String normalise(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                kept.append(c);
            }
        }
        String compact = kept.toString();
        if (compact.startsWith("+86")) {
            return compact.substring(3);
        }
        // No mobile number starts with 8, so a 13-digit "86..." can only carry the country code.
        if (compact.startsWith("86") && compact.length() == 13) {
            return compact.substring(2);
        }
        return compact;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
