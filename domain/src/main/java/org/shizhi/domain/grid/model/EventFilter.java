package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Which events a list holds: those inside an area, optionally narrowed by state, grade, category and a report-time
 * window {@code [reportedFrom, reportedBefore)}. The store applies all of it in its query, so a page is always full
 * while matching events remain.
 */
public record EventFilter(AreaCode within, Optional<EventState> state, Optional<String> grade,
                          Optional<EventCategory> category, Optional<Instant> reportedFrom,
                          Optional<Instant> reportedBefore) {

    private static final Pattern GRADE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public EventFilter {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(reportedFrom, "reportedFrom");
        Objects.requireNonNull(reportedBefore, "reportedBefore");
        grade.ifPresent(code -> {
            if (!GRADE_CODE.matcher(code).matches()) {
                throw new InvalidValueException("grade", "a grade code is upper-case letters, digits and underscores, such as HIGH");
            }
        });
        if (reportedFrom.isPresent() && reportedBefore.isPresent() && !reportedFrom.get().isBefore(reportedBefore.get())) {
            throw new InvalidValueException("reportedBefore", "reportedBefore must be later than reportedFrom");
        }
    }

    /** Every event inside the area. */
    public static EventFilter within(AreaCode area) {
        return new EventFilter(area, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public EventFilter inState(EventState wanted) {
        return new EventFilter(within, Optional.of(wanted), grade, category, reportedFrom, reportedBefore);
    }

    public EventFilter graded(String gradeCode) {
        return new EventFilter(within, state, Optional.of(gradeCode), category, reportedFrom, reportedBefore);
    }

    public EventFilter inCategory(EventCategory wanted) {
        return new EventFilter(within, state, grade, Optional.of(wanted), reportedFrom, reportedBefore);
    }

    public EventFilter reportedBetween(Optional<Instant> from, Optional<Instant> before) {
        return new EventFilter(within, state, grade, category, from, before);
    }

    /** True if the event passes every condition but the area (which the store answers by its codes). */
    public boolean admits(GridEvent event) {
        return state.map(s -> event.state() == s).orElse(true)
                && grade.map(g -> event.grade().code().equals(g)).orElse(true)
                && category.map(c -> event.category() == c).orElse(true)
                && reportedFrom.map(from -> !event.reportedAt().isBefore(from)).orElse(true)
                && reportedBefore.map(before -> event.reportedAt().isBefore(before)).orElse(true);
    }
}
