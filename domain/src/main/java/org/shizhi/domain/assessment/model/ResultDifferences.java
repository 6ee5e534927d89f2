package org.shizhi.domain.assessment.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod;

/**
 * What changed between two stored versions of one result (a re-run after data was corrected): per unit its rank and
 * score before and after, per indicator of its breakdown the numerator, denominator, raw, adjusted value and points
 * before and after. Units are in the later version's rank order, then those only the earlier one had.
 */
public record ResultDifferences(String scheme, AreaCode within, AssessmentPeriod period, AssessmentResult from,
                                AssessmentResult to, List<UnitDifference> units) {

    public ResultDifferences {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        units = List.copyOf(units);
    }

    /** One unit in both versions (or in one of them only). */
    public record UnitDifference(AssessedUnit unit, Optional<RankedUnit> before, Optional<RankedUnit> after,
                                 List<LineDifference> lines) {

        public UnitDifference {
            lines = List.copyOf(lines);
        }

        public Optional<Integer> rankBefore() {
            return before.map(RankedUnit::rank);
        }

        public Optional<Integer> rankAfter() {
            return after.map(RankedUnit::rank);
        }

        public Optional<Double> scoreBefore() {
            return before.flatMap(RankedUnit::score);
        }

        public Optional<Double> scoreAfter() {
            return after.flatMap(RankedUnit::score);
        }

        /** Places risen from the earlier version to the later (negative: fallen); empty unless in both. */
        public Optional<Integer> rankChange() {
            return rankBefore().flatMap(b -> rankAfter().map(a -> b - a));
        }

        /** Score gained; empty unless scored in both. */
        public Optional<Double> scoreChange() {
            return scoreBefore().flatMap(b -> scoreAfter().map(a -> a - b));
        }

        /** Anything of the unit differs: its presence, rank, score or a line. */
        public boolean changed() {
            return !rankBefore().equals(rankAfter()) || !scoreBefore().equals(scoreAfter())
                    || lines.stream().anyMatch(LineDifference::changed);
        }
    }

    /** One indicator of a unit's breakdown, before and after. */
    public record LineDifference(String indicator, Optional<ScoreLine> before, Optional<ScoreLine> after) {

        public boolean changed() {
            return !before.equals(after);
        }

        public Optional<Double> rawBefore() {
            return before.flatMap(ScoreLine::raw);
        }

        public Optional<Double> rawAfter() {
            return after.flatMap(ScoreLine::raw);
        }

        public Optional<Double> adjustedBefore() {
            return before.flatMap(ScoreLine::adjusted);
        }

        public Optional<Double> adjustedAfter() {
            return after.flatMap(ScoreLine::adjusted);
        }

        public Optional<Double> pointsBefore() {
            return before.map(ScoreLine::points);
        }

        public Optional<Double> pointsAfter() {
            return after.map(ScoreLine::points);
        }
    }

    /** The differences from one version to another of the same scheme, area and period. */
    public static ResultDifferences between(AssessmentResult from, AssessmentResult to) {
        if (!from.scheme().equals(to.scheme()) || !from.within().equals(to.within()) || !from.period().equals(to.period())) {
            throw new InvalidValueException("to", "versions of one result are compared, not " + from.scheme() + " " + from.within()
                    + " " + from.period() + " with " + to.scheme() + " " + to.within() + " " + to.period());
        }
        Map<String, RankedUnit> before = byKey(from);
        Map<String, RankedUnit> after = byKey(to);
        LinkedHashSet<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<UnitDifference> units = new ArrayList<>();
        for (String key : keys) {
            Optional<RankedUnit> b = Optional.ofNullable(before.get(key));
            Optional<RankedUnit> a = Optional.ofNullable(after.get(key));
            AssessedUnit unit = a.or(() -> b).orElseThrow().unit();
            units.add(new UnitDifference(unit, b, a, lines(b, a)));
        }
        return new ResultDifferences(to.scheme(), to.within(), to.period(), from, to, units);
    }

    private static Map<String, RankedUnit> byKey(AssessmentResult result) {
        Map<String, RankedUnit> units = new LinkedHashMap<>();
        result.units().forEach(u -> units.put(u.unit().key(), u));
        return units;
    }

    private static List<LineDifference> lines(Optional<RankedUnit> before, Optional<RankedUnit> after) {
        Map<String, ScoreLine> b = lineMap(before);
        Map<String, ScoreLine> a = lineMap(after);
        LinkedHashSet<String> indicators = new LinkedHashSet<>(a.keySet());
        indicators.addAll(b.keySet());
        return indicators.stream().map(i -> new LineDifference(i, Optional.ofNullable(b.get(i)), Optional.ofNullable(a.get(i))))
                .toList();
    }

    private static Map<String, ScoreLine> lineMap(Optional<RankedUnit> unit) {
        Map<String, ScoreLine> lines = new LinkedHashMap<>();
        unit.ifPresent(u -> u.lines().forEach(l -> lines.put(l.indicator(), l)));
        return lines;
    }

    /** The units whose rank, score or breakdown differ. */
    public List<UnitDifference> changed() {
        return units.stream().filter(UnitDifference::changed).toList();
    }
}
