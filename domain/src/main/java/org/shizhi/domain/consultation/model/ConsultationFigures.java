package org.shizhi.domain.consultation.model;

import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.PublishedModel;

/**
 * What the assessment takes from the consultation context for an area and period: of the topics raised in it, how
 * many closed with feedback to residents and how many stand open without any; of the disclosure boards open by its
 * last day, how many published an item in it.
 */
@PublishedModel
public record ConsultationFigures(AreaCode area, LocalDate from, LocalDate to, int topicsRaised, int topicsClosedWithFeedback,
                                  int topicsOpenWithoutFeedback, int boards, int boardsDisclosing) {

    public Optional<Double> feedbackClosureRate() {
        return topicsRaised == 0 ? Optional.empty() : Optional.of((double) topicsClosedWithFeedback / topicsRaised);
    }

    public Optional<Double> disclosureCoverage() {
        return boards == 0 ? Optional.empty() : Optional.of((double) boardsDisclosing / boards);
    }
}
