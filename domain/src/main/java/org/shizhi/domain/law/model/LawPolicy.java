package org.shizhi.domain.law.model;

import org.shizhi.domain.shared.InvalidValueException;

/**
 * A city's deadlines in the law context, all in working days on the work calendar.
 *
 * @param legalAidDecisionDays  the eligibility decision on a legal-aid application after its received date (the Legal
 *                              Aid Law's 7 days by default)
 * @param petitionAcceptanceDays whether a petition is accepted, after it is received (信访工作条例: 15 days)
 * @param petitionReplyDays     the reply after acceptance (60 days)
 * @param petitionExtensionDays the one extension of a reply (30 days, with a reason)
 * @param complaintReviewDays   the review of an enforcement-supervision complaint after it is filed
 */
public record LawPolicy(int legalAidDecisionDays, int petitionAcceptanceDays, int petitionReplyDays,
                        int petitionExtensionDays, int complaintReviewDays) {

    public LawPolicy {
        positive("legalAidDecisionDays", legalAidDecisionDays);
        positive("petitionAcceptanceDays", petitionAcceptanceDays);
        positive("petitionReplyDays", petitionReplyDays);
        positive("petitionExtensionDays", petitionExtensionDays);
        positive("complaintReviewDays", complaintReviewDays);
    }

    /** The national defaults: 7, 15, 60, 30 and 30 working days. */
    public static LawPolicy standard() {
        return new LawPolicy(7, 15, 60, 30, 30);
    }

    private static void positive(String field, int days) {
        if (days < 1 || days > 365) {
            throw new InvalidValueException(field, field + " must be 1 to 365 working days, got " + days);
        }
    }
}
