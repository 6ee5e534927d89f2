package org.shizhi.domain.shared;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Valid but made-up ID numbers, mobile numbers and credit codes for tests and demo data. Seeded, so a
 * test that fails can be run again with the same values; the check characters come from the main types,
 * so the algorithm exists once.
 */
public final class SyntheticIdentities {

    /** County-level GB/T 2260 codes of real districts (成都锦江区, 湛江赤坎区, 北京东城区, 深圳福田区). */
    private static final List<String> REGIONS = List.of("510104", "440802", "110101", "440304");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final int BIRTH_SPAN_DAYS = 65 * 365;
    private static final String MOBILE_SECOND_DIGITS = "3456789";
    /** Registration authority and organisation kind pairs: 91 company, 93 farmers' cooperative, 52 social organisation, 12 public institution. */
    private static final List<String> CREDIT_CODE_KINDS = List.of("91", "93", "52", "12");

    private final Random random;

    public SyntheticIdentities(long seed) {
        this.random = new Random(seed);
    }

    public IdNumber idNumber() {
        return idNumber(REGIONS.get(random.nextInt(REGIONS.size())),
                EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_SPAN_DAYS)));
    }

    /** A valid number for a given 6-digit region and birth date; the sequence is random. */
    public IdNumber idNumber(String region, LocalDate birthDate) {
        String first17 = region
                + String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth())
                + String.format("%03d", random.nextInt(1000));
        return new IdNumber(first17 + IdNumber.checkCharacter(first17));
    }

    public PhoneNumber phoneNumber() {
        return new PhoneNumber("1" + MOBILE_SECOND_DIGITS.charAt(random.nextInt(MOBILE_SECOND_DIGITS.length()))
                + String.format("%09d", random.nextInt(1_000_000_000)));
    }

    public UnifiedSocialCreditCode creditCode() {
        StringBuilder first17 = new StringBuilder(CREDIT_CODE_KINDS.get(random.nextInt(CREDIT_CODE_KINDS.size())));
        first17.append(REGIONS.get(random.nextInt(REGIONS.size())));
        while (first17.length() < 17) {
            // The organisation part: digits and letters, as real codes issued since 2015 have.
            first17.append(UnifiedSocialCreditCode.ALPHABET.charAt(random.nextInt(UnifiedSocialCreditCode.ALPHABET.length())));
        }
        return new UnifiedSocialCreditCode(first17.toString() + UnifiedSocialCreditCode.checkCharacter(first17.toString()));
    }
}
