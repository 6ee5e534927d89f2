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

    private static String replace(Pattern pattern, String text, Masker masker) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            out.append(text, last, m.start()).append(masker.mask(m.group()));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
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
