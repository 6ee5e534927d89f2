package org.shizhi.domain.shared;

/**
 * The administrative levels of the statistical division code, from the top down (市、区县、街道乡镇、社区村
 * under a province). Declaration order is the hierarchy: compare with {@link #isAbove(AdminLevel)}.
 */
public enum AdminLevel {
    /** 省 / 自治区 / 直辖市: digits 1–2. */
    PROVINCE(2),
    /** 市 (地级), including a municipality's 市辖区 placeholder: digits 3–4. */
    CITY(4),
    /** 区 / 县 / 县级市: digits 5–6. */
    DISTRICT(6),
    /** 街道 / 镇 / 乡: digits 7–9. */
    STREET(9),
    /** 社区 / 村: digits 10–12. */
    COMMUNITY(12);

    private final int significantDigits;

    AdminLevel(int significantDigits) {
        this.significantDigits = significantDigits;
    }

    /** How many leading digits of a 12-digit code identify an area of this level (2, 4, 6, 9 or 12). */
    public int significantDigits() {
        return significantDigits;
    }

    /** True if this level is strictly higher (coarser) than {@code other}. */
    public boolean isAbove(AdminLevel other) {
        return ordinal() < other.ordinal();
    }
}
