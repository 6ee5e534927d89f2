package org.shizhi.domain.assessment.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Direction;
import org.shizhi.domain.assessment.model.IndicatorDefinition.Subject;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

/**
 * An assessment scheme as configured: whom it assesses ({@link Units}), how often, and its items, each an indicator
 * with a weight, a floor (no points at or beyond it) and a target (full points at or beyond it). A scheme without a
 * city is the default every city has.
 */
public record Scheme(String id, String name, Optional<AreaCode> city, Units units, Cadence cadence, List<Item> items,
                     Source source) {

    /** A scheme's id: lower-case words joined by '-'; a plugin's schemes and indicators join their plugin's name by '.'. */
    public static final String ID = "[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*";

    /** Where a scheme comes from: configuration ({@link SchemeSettings}) or a city plugin's SPI scheme (service.PluginSchemes). */
    public enum Source { CONFIGURATION, PLUGIN }

    /** A configured scheme. */
    public Scheme(String id, String name, Optional<AreaCode> city, Units units, Cadence cadence, List<Item> items) {
        this(id, name, city, units, cadence, items, Source.CONFIGURATION);
    }

    public Scheme {
        if (id == null || !id.matches(ID)) {
            throw new InvalidValueException("scheme", "a scheme id is lower-case words joined by '-' (a plugin's by '.' too), not '"
                    + id + "'");
        }
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("scheme." + id + ".name", "a scheme has a name");
        }
        city = city == null ? Optional.empty() : city;
        city.ifPresent(c -> {
            if (c.level() != AdminLevel.CITY) {
                throw new InvalidValueException("scheme." + id + ".city", "a scheme belongs to a city, not to " + c);
            }
        });
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cadence, "cadence");
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidValueException("scheme." + id + ".item", "a scheme has at least one item");
        }
        var seen = new HashSet<String>();
        for (Item item : items) {
            if (!seen.add(item.indicator().id())) {
                throw new InvalidValueException("scheme." + id + ".item." + item.indicator().id(), "an indicator is an item once");
            }
            Subject wanted = units.subject();
            if (item.indicator().subject() != wanted) {
                throw new InvalidValueException("scheme." + id + ".item." + item.indicator().id(),
                        "a scheme assessing " + units + " takes indicators of a " + wanted + ", not of a " + item.indicator().subject());
            }
        }
    }

    /** Whether this scheme is one the city has. */
    public boolean appliesTo(AreaCode area) {
        return city.map(c -> c.equals(area.cityCode())).orElse(true);
    }

    /**
     * The units assessed: the areas of a level inside the area a run names, the departments summoned there, or the grid
     * workers who handled events there.
     */
    public enum Units {
        DISTRICT(AdminLevel.DISTRICT), STREET(AdminLevel.STREET), COMMUNITY(AdminLevel.COMMUNITY), DEPARTMENT(null), GRID_WORKER(null);

        private final AdminLevel level;

        Units(AdminLevel level) {
            this.level = level;
        }

        /** What the units are: areas, departments or grid workers. */
        public Subject subject() {
            return switch (this) {
                case DEPARTMENT -> Subject.DEPARTMENT;
                case GRID_WORKER -> Subject.GRID_WORKER;
                default -> Subject.AREA;
            };
        }

        /** The level of the areas assessed; empty for departments and grid workers. */
        public Optional<AdminLevel> level() {
            return Optional.ofNullable(level);
        }
    }

    /**
     * One item. Points are linear between floor and target and capped at both ends, in the indicator's direction: for
     * a higher-is-better share the target is above the floor, for a lower-is-better one below it.
     */
    public record Item(IndicatorDefinition indicator, int weight, double floor, double target) {
        public Item {
            Objects.requireNonNull(indicator, "indicator");
            String field = "item." + indicator.id();
            if (weight < 1 || weight > 100) {
                throw new InvalidValueException(field + ".weight", "an item's weight is 1 to 100, got " + weight);
            }
            if (!Double.isFinite(floor) || !Double.isFinite(target)) {
                throw new InvalidValueException(field, "floor and target are numbers");
            }
            boolean higher = indicator.direction() == Direction.HIGHER_IS_BETTER;
            if (higher ? target <= floor : target >= floor) {
                throw new InvalidValueException(field + ".target", "for " + indicator.id() + " ("
                        + (higher ? "higher" : "lower") + " is better) the target lies " + (higher ? "above" : "below")
                        + " the floor, got floor " + floor + " and target " + target);
            }
            if (indicator.unit() == IndicatorDefinition.Unit.SHARE && (floor < 0 || floor > 1 || target < 0 || target > 1)) {
                throw new InvalidValueException(field, "a share's floor and target are 0 to 1, got " + floor + " and " + target);
            }
        }
    }
}
