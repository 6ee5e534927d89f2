package org.shizhi.domain.dispute.model;

import org.shizhi.domain.shared.InvalidValueException;

/**
 * A city's deadlines for disputes, in working days: accept within {@code acceptanceDays} of opening, conclude within
 * {@code conclusionDays} of acceptance (or of an escalation or a reopening), follow up {@code followUpDays} after an
 * agreement.
 */
public record DisputePolicy(int acceptanceDays, int conclusionDays, int followUpDays) {

    public static final int MAX_DAYS = 250;

    public DisputePolicy {
        check("acceptanceDays", acceptanceDays);
        check("conclusionDays", conclusionDays);
        check("followUpDays", followUpDays);
    }

    /** Accept within 3, conclude within 30, follow up after 15 working days. */
    public static DisputePolicy standard() {
        return new DisputePolicy(3, 30, 15);
    }

    private static void check(String field, int days) {
        if (days < 1 || days > MAX_DAYS) {
            throw new InvalidValueException(field, field + " must be between 1 and " + MAX_DAYS + " working days, got " + days);
        }
    }
}
