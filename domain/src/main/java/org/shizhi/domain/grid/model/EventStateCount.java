package org.shizhi.domain.grid.model;

import java.time.LocalDate;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * How many of the events reported in one week (Monday to Sunday in China) stand in {@code state} now, of one grade:
 * a cell of {@link EventStateWeeks}. Cells with no event are not written.
 */
@PublishedModel
public record EventStateCount(LocalDate week, EventState state, String gradeCode, String gradeLabel, long count) {

    public EventStateCount {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(gradeCode, "gradeCode");
        Objects.requireNonNull(gradeLabel, "gradeLabel");
        if (count < 1) {
            throw new InvalidValueException("count", "a cell counts at least one event, got " + count);
        }
    }
}
