package org.shizhi.domain.law.model;

import java.time.LocalDate;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;

/**
 * Petitions of an area: over those received in [{@code from}, {@code to}], how many were accepted, replied, replied on
 * time, and are past their reply date unanswered; and, as things stand, the backlog (积案) with the age of its oldest.
 *
 * @param onTimeReplyRate replied on time ÷ (replied + past the reply date unanswered); absent when nothing is due
 */
public record PetitionFigures(AreaCode area, LocalDate from, LocalDate to, int received, int accepted, int replied,
                              int repliedOnTime, int lateUnanswered, int backlog, Optional<Integer> oldestBacklogAgeDays) {

    public Optional<Double> onTimeReplyRate() {
        int due = replied + lateUnanswered;
        return due == 0 ? Optional.empty() : Optional.of((double) repliedOnTime / due);
    }
}
