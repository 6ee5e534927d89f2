package org.shizhi.domain.shared;

/** The checks every free text of the context goes through: required or not, stripped, bounded in characters. */
public final class Texts {

    private Texts() {
    }

    /** A required text of 1 to {@code max} characters (Unicode code points) after stripping blanks around it. */
    public static String required(String field, String what, String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, what + " must not be blank");
        }
        return bounded(field, what, text.strip(), max);
    }

    /** An optional text: null or blank becomes the empty text; otherwise as {@link #required}. */
    public static String optional(String field, String what, String text, int max) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return bounded(field, what, text.strip(), max);
    }

    private static String bounded(String field, String what, String text, int max) {
        // The length in UTF-16 units bounds the code points from above: a 2 MB text is refused without counting it.
        if (text.length() > max && text.codePointCount(0, text.length()) > max) {
            throw new InvalidValueException(field, what + " must be at most " + max + " characters, got "
                    + text.codePointCount(0, text.length()));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidValueException(field, what + " must not contain control characters (found U+"
                        + String.format("%04X", (int) c) + " at position " + i + ")");
            }
        }
        return text;
    }
}
