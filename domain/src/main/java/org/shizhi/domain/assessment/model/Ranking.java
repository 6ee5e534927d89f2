package org.shizhi.domain.assessment.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks scored units: those with sufficient {@link Coverage} before the rest; among each, highest score first; on an
 * equal score, the unit whose score rests on more weight (more items with data); then by key, so that the same figures
 * always give the same order. Units without a score come last, by key.
 * Ranks run 1, 2, 3… without shared places: a notice names exactly N units.
 */
public final class Ranking {

    /** A unit with its breakdown, before it is ranked. */
    public record Scored(AssessedUnit unit, List<ScoreLine> lines) {
        public Optional<Double> score() {
            return Scoring.score(lines);
        }
    }

    private static final Comparator<Scored> ORDER = Comparator
            .<Scored, Boolean>comparing(s -> s.score().isEmpty())
            .thenComparing(s -> !Coverage.sufficient(s.lines()))
            .thenComparing(s -> -s.score().orElse(0.0))
            .thenComparing(s -> -Scoring.weightCounted(s.lines()))
            .thenComparing(s -> s.unit().key());

    private Ranking() {
    }

    /** {@code previous}: the units of the previous period's result by key, if there is one. */
    public static List<RankedUnit> rank(List<Scored> units, Map<String, RankedUnit> previous) {
        List<Scored> sorted = new ArrayList<>(units);
        sorted.sort(ORDER);
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Scored s = sorted.get(i);
            RankedUnit before = previous.get(s.unit().key());
            ranked.add(new RankedUnit(s.unit(), i + 1, s.score(), s.lines(),
                    Optional.ofNullable(before).filter(b -> b.score().isPresent()).map(RankedUnit::rank),
                    Optional.ofNullable(before).flatMap(RankedUnit::score)));
        }
        return ranked;
    }
}
