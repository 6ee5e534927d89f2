package org.shizhi.domain.campaign.model;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * The eight kinds of venue red culture goes into (红色文化八进, seed 002). The codes are those of the red-culture plugin's
 * template, so a template's venue kinds pre-fill a campaign as they are.
 */
public enum VenueKind {
    AGENCY("government-office", "机关"),
    PARTY_SCHOOL("party-school", "党校"),
    ENTERPRISE("enterprise", "企业"),
    SCHOOL("school", "校园"),
    VILLAGE("village", "农村"),
    COMMUNITY("community", "社区"),
    FAMILY("family", "家庭"),
    GRID("grid", "网格");

    private final String code;
    private final String label;

    VenueKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The kind with this code; a refusal names {@code field} and lists the eight codes. */
    public static VenueKind ofCode(String field, String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new InvalidValueException(field, "a venue kind is one of "
                        + Arrays.stream(values()).map(VenueKind::code).collect(Collectors.joining(", ")) + ", not '" + code + "'"));
    }

    /** True when {@code code} names one of the eight. */
    public static boolean isOneOf(String code) {
        return Arrays.stream(values()).anyMatch(k -> k.code.equals(code));
    }
}
