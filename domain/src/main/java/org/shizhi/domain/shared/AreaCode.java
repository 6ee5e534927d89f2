package org.shizhi.domain.shared;

import java.util.Optional;

/**
 * A 12-digit statistical division code (统计用区划代码): province 2, city 2, district 2, street 3,
 * community 3 digits. A 6-digit GB/T 2260 code is widened with zeros, so {@code 510104} and
 * {@code 510104000000} are the same area.
 *
 * <p>The level is read from the digits: the last non-zero group. Jurisdiction is containment by
 * {@link #prefix()} everywhere (a city contains its districts, and so on), which is why the prefix
 * doubles as the SQL {@code LIKE 'prefix%'} key.
 *
 * <p>Validation is structural only: whether an area with this code exists is reference data, not a
 * rule of the type.
 */
public record AreaCode(String value) implements Comparable<AreaCode> {

    private static final String FIELD = "areaCode";
    private static final int LENGTH = 12;
    private static final int GB2260_LENGTH = 6;

    public AreaCode {
        if (value == null) {
            throw new InvalidValueException(FIELD, "area code is required");
        }
        if (!allDigits(value)) {
            throw new InvalidValueException(FIELD, "area code must contain digits only, got '" + value + "'");
        }
        if (value.length() == GB2260_LENGTH) {
            value = value + "000000";
        }
        if (value.length() != LENGTH) {
            throw new InvalidValueException(FIELD, "area code must have 12 digits (or 6 for a GB/T 2260 code), got "
                    + value.length() + " in '" + value + "'");
        }
        if (value.startsWith("00")) {
            throw new InvalidValueException(FIELD, "area code must not have province 00, got '" + value + "'");
        }
        checkNoOrphanGroups(value);
    }

    /** The code for a 12-digit or 6-digit text, surrounding blanks ignored. */
    public static AreaCode parse(String text) {
        return new AreaCode(text == null ? null : text.strip());
    }

    /** Same as {@link #parse(String)}; reads better at call sites building reference data. */
    public static AreaCode of(String text) {
        return parse(text);
    }

    /**
     * The area that a jurisdiction prefix denotes: 2, 4, 6, 9 or 12 digits, each a whole group and the
     * last group non-zero, so that {@code ofPrefix(code.prefix())} is {@code code} again. {@code "5101"} is
     * Chengdu; {@code "510100"} is refused because, as a {@code LIKE} prefix, it would not select Chengdu's
     * districts.
     */
    public static AreaCode ofPrefix(String prefix) {
        if (prefix == null) {
            throw new InvalidValueException("jurisdiction", "jurisdiction prefix is required");
        }
        String digits = prefix.strip();
        if (!allDigits(digits)) {
            throw new InvalidValueException("jurisdiction",
                    "jurisdiction prefix must contain digits only, got '" + digits + "'");
        }
        if (levelForLength(digits.length()) == null) {
            throw new InvalidValueException("jurisdiction",
                    "jurisdiction prefix must have 2, 4, 6, 9 or 12 digits, got " + digits.length() + " in '" + digits + "'");
        }
        AreaCode code = new AreaCode(digits + "0".repeat(LENGTH - digits.length()));
        if (!code.prefix().equals(digits)) {
            throw new InvalidValueException("jurisdiction", "jurisdiction prefix must not end in a zero group: '"
                    + digits + "' denotes " + code + ", whose prefix is '" + code.prefix() + "'");
        }
        return code;
    }

    /** The level read from the digits: the lowest group that is not all zeros. */
    public AdminLevel level() {
        if (!isZero(9, 12)) {
            return AdminLevel.COMMUNITY;
        }
        if (!isZero(6, 9)) {
            return AdminLevel.STREET;
        }
        if (!isZero(4, 6)) {
            return AdminLevel.DISTRICT;
        }
        if (!isZero(2, 4)) {
            return AdminLevel.CITY;
        }
        return AdminLevel.PROVINCE;
    }

    /** The significant digits (2, 4, 6, 9 or 12): {@code "510104"} for 510104000000. */
    public String prefix() {
        return value.substring(0, level().significantDigits());
    }

    /**
     * The area one level up whose code is non-zero, empty for a province. A street of a city without
     * districts (东莞 441900) has the city as parent.
     */
    public Optional<AreaCode> parent() {
        AdminLevel level = level();
        if (level == AdminLevel.PROVINCE) {
            return Optional.empty();
        }
        // Zeroing the lowest significant group yields the nearest ancestor, also where a level is skipped.
        return Optional.of(truncatedTo(AdminLevel.values()[level.ordinal() - 1]));
    }

    /** True if {@code other} is this area or lies inside it; the rule for every jurisdiction check. */
    public boolean contains(AreaCode other) {
        return other.value.startsWith(prefix());
    }

    /**
     * The city-level ancestor, or this code if it is a city.
     *
     * @throws InvalidValueException for a province, which lies above any city
     */
    public AreaCode cityCode() {
        if (level() == AdminLevel.PROVINCE) {
            throw new InvalidValueException(FIELD, "area code " + value + " is a province and has no city");
        }
        return truncatedTo(AdminLevel.CITY);
    }

    @Override
    public int compareTo(AreaCode other) {
        return value.compareTo(other.value);
    }

    /** The 12 digits. */
    @Override
    public String toString() {
        return value;
    }

    private AreaCode truncatedTo(AdminLevel level) {
        int keep = level.significantDigits();
        return new AreaCode(value.substring(0, keep) + "0".repeat(LENGTH - keep));
    }

    private boolean isZero(int from, int to) {
        return isZero(value, from, to);
    }

    private static void checkNoOrphanGroups(String value) {
        boolean cityZero = isZero(value, 2, 4);
        boolean districtZero = isZero(value, 4, 6);
        boolean streetZero = isZero(value, 6, 9);
        boolean communityZero = isZero(value, 9, 12);
        if (cityZero && !(districtZero && streetZero && communityZero)) {
            throw new InvalidValueException(FIELD,
                    "area code must not have a non-zero district, street or community group under a zero city group, got '" + value + "'");
        }
        // District 00 with a street is allowed: cities without districts (东莞 441900, 中山 442000,
        // 儋州 460400, 嘉峪关 620200) have their streets and towns directly under the city.
        if (streetZero && !communityZero) {
            throw new InvalidValueException(FIELD,
                    "area code must not have a non-zero community group under a zero street group, got '" + value + "'");
        }
    }

    private static boolean isZero(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** True for the empty text: its length, not its characters, is what is wrong with it. */
    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static AdminLevel levelForLength(int length) {
        for (AdminLevel level : AdminLevel.values()) {
            if (level.significantDigits() == length) {
                return level;
            }
        }
        return null;
    }
}
