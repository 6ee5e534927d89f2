package org.shizhi.domain.assessment.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.assessment.model.BuiltInIndicator;
import org.shizhi.domain.assessment.model.IndicatorDefinition;
import org.shizhi.domain.assessment.model.Reading;
import org.shizhi.domain.assessment.model.Scheme;
import org.shizhi.domain.assessment.port.out.CityMeasures;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.AssessmentPeriod;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;
import org.shizhi.domain.spi.AssessmentReads;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.IndicatorValue;

/**
 * A city plugin's SPI schemes as schemes of its city, run, stored, ranked and noticed like the configured ones. Each SPI
 * item becomes an item of weight as given, floor 0 and target 1 (points = weight × share after the platform's fairness
 * adjustment, so a unit's score is the weighted mean of its adjusted shares in percent, where the older per-request read
 * weighs the raw ones: 2 of 2 no longer beats 990 of 1,000), evaluated over its own cadence's period containing the
 * assessed period's start (Chengdu's 1136); the scheme's cadence is its shortest item's. An item is named by its
 * indicator's id, and by the id and its cadence where the scheme uses one indicator at two cadences
 * ({@code chengdu.events-closed.half-yearly}). A plugin's scheme assesses the units it declares
 * ({@link AssessmentScheme#units()}, the streets where it declares none: the 1136's meetings review the streets of a
 * district), or {@code units} by scheme id where the application overrides them: the areas of one level inside the
 * run's area, whose plugin indicators read what {@link AssessmentReads} gives them, area by area, as the plugin wrote
 * them (not aggregates of the store); or the grid workers or departments of the run's area, on the platform's built-in
 * indicators of that subject with the plugin's weights, floors and targets, counted as a configured scheme's are.
 */
public final class PluginSchemes {

    /** The units a plugin's scheme assesses unless it declares others (an SPI 1.3 plugin) or configuration says otherwise. */
    public static final Scheme.Units DEFAULT_UNITS = Scheme.Units.STREET;

    /** Nothing from plugins: for a platform without any. */
    public static final PluginSchemes NONE = new PluginSchemes(new CityMeasures() {
        @Override
        public List<Indicator> indicators(AreaCode area) {
            return List.of();
        }

        @Override
        public List<AssessmentScheme> assessmentSchemes(AreaCode area) {
            return List.of();
        }
    }, null, Map.of());

    private final CityMeasures measures;
    private final AssessmentReads reads;
    private final Map<String, Scheme.Units> units;

    /** {@code units}: the units of a plugin's scheme by scheme id, where they are not {@link #DEFAULT_UNITS}. */
    public PluginSchemes(CityMeasures measures, AssessmentReads reads, Map<String, Scheme.Units> units) {
        this.measures = Objects.requireNonNull(measures, "measures");
        this.reads = reads;
        this.units = Map.copyOf(units);
    }

    /** One SPI item as run: the plugin's indicator and the cadence it is evaluated at. */
    record Evaluation(Indicator indicator, Cadence cadence) {
    }

    /** A plugin's scheme as a scheme of the city, with how each of its items is evaluated (by item id). */
    record Run(Scheme scheme, Map<String, Evaluation> evaluations) {
    }

    /** The schemes the plugins of {@code area}'s city offer. */
    List<Scheme> schemes(AreaCode area) {
        return runs(area).stream().map(Run::scheme).toList();
    }

    Optional<Run> run(AreaCode area, String id) {
        return runs(area).stream().filter(r -> r.scheme().id().equals(id)).findFirst();
    }

    private List<Run> runs(AreaCode area) {
        Map<String, Indicator> indicators = new HashMap<>();
        measures.indicators(area).forEach(i -> indicators.put(i.id(), i));
        List<Run> out = new ArrayList<>();
        for (AssessmentScheme spi : measures.assessmentSchemes(area)) {
            out.add(run(spi, area.cityCode(), indicators));
        }
        return out;
    }

    private Run run(AssessmentScheme spi, AreaCode city, Map<String, Indicator> indicators) {
        Scheme.Units declared = Scheme.Units.valueOf(spi.units().name());
        Scheme.Units assessed = units.getOrDefault(spi.id(), declared);
        if (assessed.level().isEmpty()) {
            return ofBuiltIns(spi, city, assessed);
        }
        Map<String, Long> uses = new HashMap<>();
        spi.items().forEach(i -> uses.merge(i.indicator(), 1L, Long::sum));
        List<Scheme.Item> items = new ArrayList<>();
        Map<String, Evaluation> evaluations = new LinkedHashMap<>();
        for (AssessmentScheme.Item item : spi.items()) {
            Indicator indicator = indicators.get(item.indicator());
            if (indicator == null) {
                throw new IllegalStateException("plugin scheme " + spi.id() + " names indicator " + item.indicator()
                        + ", which its city's plugins do not offer");
            }
            String id = uses.get(item.indicator()) > 1
                    ? item.indicator() + "." + item.cadence().name().toLowerCase(Locale.ROOT).replace('_', '-')
                    : item.indicator();
            IndicatorDefinition definition = new IndicatorDefinition(id, item.name(), IndicatorDefinition.Unit.SHARE,
                    IndicatorDefinition.Direction.HIGHER_IS_BETTER, IndicatorDefinition.Subject.AREA, indicator.name(),
                    "as the plugin counts it, over the " + item.cadence() + " period containing the assessed period's start");
            items.add(new Scheme.Item(definition, item.weight(), 0, 1));
            evaluations.put(id, new Evaluation(indicator, item.cadence()));
        }
        Cadence cadence = spi.items().stream().map(AssessmentScheme.Item::cadence)
                .min(Comparator.comparingInt(Cadence::months)).orElseThrow();
        Scheme scheme = new Scheme(spi.id(), spi.name(), Optional.of(city), assessed, cadence, items, Scheme.Source.PLUGIN);
        return new Run(scheme, evaluations);
    }

    /**
     * A plugin's scheme of grid workers or departments: its items are the platform's built-in indicators of that subject,
     * counted over the assessed period like a configured scheme's, with the plugin's floors and targets. A plugin naming
     * anything else is refused when the city's plugins are loaded; here it is a broken plugin.
     */
    private static Run ofBuiltIns(AssessmentScheme spi, AreaCode city, Scheme.Units assessed) {
        List<Scheme.Item> items = new ArrayList<>();
        for (AssessmentScheme.Item item : spi.items()) {
            BuiltInIndicator indicator = BuiltInIndicator.byId(item.indicator())
                    .filter(i -> i.definition().subject() == assessed.subject())
                    .orElseThrow(() -> new IllegalStateException("plugin scheme " + spi.id() + " of " + assessed + " units names "
                            + item.indicator() + ", which is no built-in indicator of a " + assessed.subject()));
            items.add(new Scheme.Item(indicator.definition(), item.weight(), item.floor(), item.target()));
        }
        Scheme scheme = new Scheme(spi.id(), spi.name(), Optional.of(city), assessed, spi.items().getFirst().cadence(), items,
                Scheme.Source.PLUGIN);
        return new Run(scheme, Map.of());
    }

    /** The readings of one area on every item of a plugin's scheme, by item id. */
    Map<String, Reading> readings(Run run, AreaCode unit, AssessmentPeriod period) {
        Map<String, Reading> out = new HashMap<>();
        run.evaluations().forEach((id, evaluation) -> {
            AssessmentPeriod own = AssessmentPeriod.containing(evaluation.cadence(), period.from());
            IndicatorValue value = evaluation.indicator().evaluate(unit, own, reads);
            out.put(id, Reading.share(value.numerator(), value.denominator()));
        });
        return out;
    }
}
