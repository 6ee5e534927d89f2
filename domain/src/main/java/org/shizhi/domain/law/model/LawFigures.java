package org.shizhi.domain.law.model;

import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/**
 * What the assessment takes from the law context for an area and period: legal-aid decisions on time (over
 * applications received in the period), petition replies on time (over petitions received in it) and the backlog as
 * it stands.
 */
@PublishedModel
public record LawFigures(AreaCode area, LocalDate from, LocalDate to, int legalAidDecided, int legalAidDecidedOnTime,
                         int petitionsReplied, int petitionsRepliedOnTime, int petitionsLateUnanswered, int petitionBacklog) {

    public Optional<Double> legalAidOnTimeRate() {
        return legalAidDecided == 0 ? Optional.empty() : Optional.of((double) legalAidDecidedOnTime / legalAidDecided);
    }

    public Optional<Double> petitionOnTimeReplyRate() {
        int due = petitionsReplied + petitionsLateUnanswered;
        return due == 0 ? Optional.empty() : Optional.of((double) petitionsRepliedOnTime / due);
    }
}
