package org.shizhi.domain.grid.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.shared.PublishedModel;

/**
 * 一周一结 (seed 003): the week's roll-up of the events of an area, computed from the events alone.
 * <ul>
 *   <li>{@code reported}, {@code byCategory}, {@code byGrade}: events reported during the week;</li>
 *   <li>{@code newRiskSignals}: those of them graded above the lowest severity (severity &gt; 1) or raised as
 *       public-opinion signals (社情民意), the "weak signals" the digest exists to surface;</li>
 *   <li>{@code overdue}: events still awaiting handling whose deadline had passed by the end of the week, or by
 *       {@code asOf} for the week under way (read from the events' current state, not replayed from timelines);</li>
 *   <li>{@code closed}: events closed during the week, merged duplicates included;</li>
 *   <li>{@code verdicts}, {@code meanSatisfaction}: the reporters' verdicts given during the week (1–5), absent mean
 *       if there were none.</li>
 * </ul>
 * Its serialised forms (JSON, CSV) belong to the adapters that serve it.
 */
@PublishedModel
public record WeeklyDigest(AreaCode area, DigestWeek week, Instant asOf, long reported, List<CategoryCount> byCategory,
                           List<GradeCount> byGrade, List<RiskSignal> newRiskSignals, long overdue, long closed,
                           long verdicts, OptionalDouble meanSatisfaction) {

    public WeeklyDigest {
        if (area == null || week == null || asOf == null) {
            throw new InvalidValueException("digest", "a digest names its area, its week and when it was computed");
        }
        byCategory = List.copyOf(byCategory);
        byGrade = List.copyOf(byGrade);
        newRiskSignals = List.copyOf(newRiskSignals);
        Objects.requireNonNull(meanSatisfaction, "meanSatisfaction");
    }

    public record CategoryCount(EventCategory category, String label, long count) {
    }

    public record GradeCount(String code, String label, int severity, long count) {
    }

    public record RiskSignal(GridEventId eventId, GridCode grid, EventCategory category, String gradeCode, String gradeLabel,
                             int severity, Instant reportedAt) {
    }

    /**
     * The digest of {@code area} for {@code week}, as of {@code asOf}, from the events given; events outside the area
     * are ignored, so a caller may pass a superset.
     */
    public static WeeklyDigest of(AreaCode area, DigestWeek week, Instant asOf, Collection<GridEvent> events) {
        if (!asOf.isAfter(week.start())) {
            throw new InvalidValueException("week", "the week of " + week.monday() + " has not begun yet");
        }
        Instant cutoff = overdueCutoff(week, asOf);
        Map<EventCategory, Long> categories = noCategories();
        Map<String, GradeCount> grades = new TreeMap<>();
        List<RiskSignal> signals = new ArrayList<>();
        long reported = 0;
        long overdue = 0;
        long closed = 0;
        long verdicts = 0;
        long satisfactionSum = 0;
        for (GridEvent event : events) {
            if (!area.contains(event.community())) {
                continue;
            }
            if (week.contains(event.reportedAt())) {
                reported++;
                categories.merge(event.category(), 1L, Long::sum);
                EventGrade grade = event.grade();
                grades.merge(grade.code(), new GradeCount(grade.code(), grade.label(), grade.severity(), 1),
                        (a, b) -> new GradeCount(a.code(), a.label(), a.severity(), a.count() + 1));
                if (grade.severity() > 1 || event.category() == EventCategory.PUBLIC_OPINION) {
                    signals.add(new RiskSignal(event.id(), event.grid(), event.category(), grade.code(), grade.label(),
                            grade.severity(), event.reportedAt()));
                }
            }
            if (event.isOverdue(cutoff)) {
                overdue++;
            }
            if (event.closedAt().filter(week::contains).isPresent()) {
                closed++;
            }
            if (event.verdict().filter(v -> week.contains(v.at())).isPresent()) {
                verdicts++;
                satisfactionSum += event.verdict().get().satisfaction();
            }
        }
        return assemble(area, week, asOf, reported, categories, grades, signals, overdue, closed, verdicts, satisfactionSum);
    }

    /**
     * The same digest as {@link #of(AreaCode, DigestWeek, Instant, Collection)} from figures already counted per
     * community ({@link DigestTallies}, read with the overdue cut-off {@code min(asOf, week end)}); tallies and
     * signals outside the area are ignored, so one read of a parent area serves every sub-area.
     */
    public static WeeklyDigest of(AreaCode area, DigestWeek week, Instant asOf, DigestTallies figures) {
        if (!asOf.isAfter(week.start())) {
            throw new InvalidValueException("week", "the week of " + week.monday() + " has not begun yet");
        }
        Map<EventCategory, Long> categories = noCategories();
        Map<String, GradeCount> grades = new TreeMap<>();
        long reported = 0;
        long overdue = 0;
        long closed = 0;
        long verdicts = 0;
        long satisfactionSum = 0;
        for (DigestTallies.Tally tally : figures.tallies()) {
            if (!area.contains(tally.community())) {
                continue;
            }
            if (tally.reported() > 0) {
                reported += tally.reported();
                categories.merge(tally.category(), tally.reported(), Long::sum);
                grades.merge(tally.gradeCode(), new GradeCount(tally.gradeCode(), tally.gradeLabel(), tally.severity(), tally.reported()),
                        (a, b) -> new GradeCount(a.code(), a.label(), a.severity(), a.count() + b.count()));
            }
            overdue += tally.overdue();
            closed += tally.closed();
            verdicts += tally.verdicts();
            satisfactionSum += tally.satisfactionSum();
        }
        List<RiskSignal> signals = new ArrayList<>(figures.signals().stream()
                .filter(s -> area.contains(s.grid().community())).toList());
        return assemble(area, week, asOf, reported, categories, grades, signals, overdue, closed, verdicts, satisfactionSum);
    }

    private static Map<EventCategory, Long> noCategories() {
        Map<EventCategory, Long> categories = new EnumMap<>(EventCategory.class);
        for (EventCategory category : EventCategory.values()) {
            categories.put(category, 0L);
        }
        return categories;
    }

    /** Every category in its order, grades by severity, signals the most severe first, then the earliest. */
    private static WeeklyDigest assemble(AreaCode area, DigestWeek week, Instant asOf, long reported,
                                         Map<EventCategory, Long> categories, Map<String, GradeCount> grades,
                                         List<RiskSignal> signals, long overdue, long closed, long verdicts, long satisfactionSum) {
        signals.sort(Comparator.comparing(RiskSignal::severity).reversed().thenComparing(RiskSignal::reportedAt));
        List<CategoryCount> byCategory = categories.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getKey().label(), e.getValue())).toList();
        List<GradeCount> byGrade = grades.values().stream()
                .sorted(Comparator.comparing(GradeCount::severity).thenComparing(GradeCount::code)).toList();
        OptionalDouble mean = verdicts == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) satisfactionSum / verdicts);
        return new WeeklyDigest(area, week, asOf, reported, byCategory, byGrade, signals, overdue, closed, verdicts, mean);
    }

    /** The overdue cut-off of a digest computed at {@code asOf}: the end of the week, or {@code asOf} within it. */
    public static Instant overdueCutoff(DigestWeek week, Instant asOf) {
        return asOf.isBefore(week.end()) ? asOf : week.end();
    }
}
