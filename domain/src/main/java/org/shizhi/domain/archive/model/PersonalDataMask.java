package org.shizhi.domain.archive.model;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.PersonalData;
import org.shizhi.domain.shared.IdNumber;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PhoneNumber;

/**
 * Masks personal data wherever it stands in a case's free text: resident ID numbers (18 characters whose check
 * character matches, GB 11643), mainland mobile numbers (11 digits from 13–19, with or without +86 and separators),
 * and the names of the case's own parties who are persons (an organisation's name is not personal data). Numbers that merely look like an ID (a wrong check character, a bank
 * account) are left alone, so that case numbers and amounts stay readable.
 */
public final class PersonalDataMask {

    private static final Pattern ID_NUMBER = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z+])(?:\\+?86[- ]?)?1[3-9][0-9][- ]?[0-9]{4}[- ]?[0-9]{4}(?![0-9A-Za-z])");

    private PersonalDataMask() {
    }

    /** The text with every ID number, mobile and person's name among the parties masked. */
    public static String text(String text, List<Party> parties) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(ID_NUMBER, text, PersonalDataMask::maskIdNumber);
        masked = replace(MOBILE, masked, PersonalDataMask::maskMobile);
        // Longer names first, so that 欧阳娜娜 is masked whole before 欧阳 could be.
        for (Party party : parties.stream().filter(p -> p.kind() == Party.Kind.PERSON)
                .sorted(Comparator.comparingInt((Party p) -> p.name().length()).reversed()).toList()) {
            if (party.name().codePointCount(0, party.name().length()) >= 2) {
                masked = masked.replace(party.name(), PersonalData.maskName(party.name()));
            }
        }
        return masked;
    }

    private interface Masker {
        String mask(String found);
    }

    /**
     * Every match of {@code pattern} masked, as {@code Matcher.find} would find them. Both patterns begin with a digit
     * or {@code +}, so the regex is tried only where one stands: {@code find} tries every position, and on a page of
     * long judgments (thousands of characters each, mostly Chinese) that was most of the masking time.
     */
    private static String replace(Pattern pattern, String text, Masker masker) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int n = text.length();
        StringBuilder out = null;
        int last = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '+') {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, last, i).append(masker.mask(m.group()));
                last = m.end();
                i = last - 1;
            }
        }
        return out == null ? text : out.append(text, last, n).toString();
    }

    private static String maskIdNumber(String found) {
        try {
            return new IdNumber(found).masked();
        } catch (InvalidValueException notAnIdNumber) {
            return found;
        }
    }

    private static String maskMobile(String found) {
        try {
            return new PhoneNumber(found).masked();
        } catch (InvalidValueException notAMobile) {
            return found;
        }
    }
}
