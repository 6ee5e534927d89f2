package org.shizhi.domain.dispute.model;

import java.util.List;
import org.shizhi.domain.shared.Texts;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/** A risk level with the reasons for it: at least one reason for anything above LOW. */
@PublishedModel
public record Risk(RiskLevel level, List<String> reasons) {

    public static final int MAX_REASONS = 10;

    public Risk {
        if (level == null) {
            throw new InvalidValueException("risk.level", "a risk level is required: LOW, MEDIUM, HIGH or CRITICAL");
        }
        reasons = reasons == null ? List.of() : reasons;
        if (reasons.size() > MAX_REASONS) {
            throw new InvalidValueException("risk.reasons", "at most " + MAX_REASONS + " reasons");
        }
        java.util.ArrayList<String> checked = new java.util.ArrayList<>();
        for (int i = 0; i < reasons.size(); i++) {
            checked.add(Texts.required("risk.reasons[" + i + "]", "a risk reason", reasons.get(i), 500));
        }
        reasons = List.copyOf(checked);
        if (level != RiskLevel.LOW && reasons.isEmpty()) {
            throw new InvalidValueException("risk.reasons", "a " + level + " risk needs at least one reason");
        }
    }
}
