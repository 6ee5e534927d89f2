package org.shizhi.domain.assessment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a unit is scored under a scheme: each item earns {@code weight × clamp((adjusted − floor) ÷ (target − floor), 0, 1)}
 * points (a lower-is-better item has its target below its floor, so the same formula runs the other way); the unit's
 * score is its points as a percentage of the weights of the items that had a value. A unit with no value at all has no
 * score.
 */
public final class Scoring {

    private Scoring() {
    }

    public static ScoreLine line(Scheme.Item item, Reading reading) {
        Optional<Double> adjusted = Fairness.adjusted(item.indicator(), reading);
        double points = adjusted.map(a -> item.weight() * fraction(a, item.floor(), item.target())).orElse(0.0);
        return new ScoreLine(item.indicator().id(), reading.numerator(), reading.denominator(), reading.value(), adjusted,
                item.floor(), item.target(), item.weight(), points);
    }

    /** How far from floor to target, capped to [0, 1]. */
    public static double fraction(double value, double floor, double target) {
        double f = (value - floor) / (target - floor);
        return Math.max(0, Math.min(1, f));
    }

    /** The breakdown of one unit, item by item in the scheme's order; {@code readings} by indicator id. */
    public static List<ScoreLine> lines(Scheme scheme, Map<String, Reading> readings) {
        List<ScoreLine> lines = new ArrayList<>();
        for (Scheme.Item item : scheme.items()) {
            lines.add(line(item, readings.getOrDefault(item.indicator().id(), Reading.none(item.indicator().unit()))));
        }
        return lines;
    }

    public static Optional<Double> score(List<ScoreLine> lines) {
        double points = 0;
        int weights = 0;
        for (ScoreLine line : lines) {
            if (line.counted()) {
                points += line.points();
                weights += line.weight();
            }
        }
        return weights == 0 ? Optional.empty() : Optional.of(100 * points / weights);
    }

    /** The weights of the lines that had a value: how much of the scheme a score rests on. */
    public static int weightCounted(List<ScoreLine> lines) {
        return lines.stream().filter(ScoreLine::counted).mapToInt(ScoreLine::weight).sum();
    }
}
