package org.shizhi.domain.spi;

import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Extension point (SPI 1.3): an assessment scheme, weighted items each evaluated by an indicator at its own cadence
 * (Chengdu's 1136: monthly, monthly, quarterly, half-yearly), over the units it declares (SPI 1.4), as a configured
 * scheme's: the districts, streets or communities inside the area a run names, the grid workers who worked there, or the
 * departments summoned there. An area scheme's items name indicators that the same city's plugins offer; a grid-worker or
 * department scheme's items name the platform's built-in indicators of that subject (the plugins' indicators measure
 * areas), at the scheme's one cadence, each with its floor and target.
 *
 * @param units what the scheme assesses; {@link Units#STREET} where a plugin of SPI 1.3 declares nothing
 */
public record AssessmentScheme(String id, String name, String description, List<Item> items, Units units) {

    /** What a scheme assesses. */
    public enum Units {
        /** The districts inside the run's area (a city). */
        DISTRICT,
        /** The streets inside the run's area (a district): the 1136's meetings review them. */
        STREET,
        /** The communities inside the run's area (a street or above). */
        COMMUNITY,
        /** The grid workers who worked inside the run's area (events found and resolved, visits, training). */
        GRID_WORKER,
        /** The departments summoned inside the run's area. */
        DEPARTMENT;

        /** Areas of a level, evaluated by the plugins' own indicators. */
        public boolean areAreas() {
            return this == DISTRICT || this == STREET || this == COMMUNITY;
        }
    }

    public AssessmentScheme {
        if (id == null || !id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new InvalidValueException("scheme.id", "a scheme id is lower-case words joined by '-' or '.', not '" + id + "'");
        }
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new InvalidValueException("scheme.items", "a scheme has at least one item");
        }
        units = units == null ? Units.STREET : units;
        if (!units.areAreas() && items.stream().map(Item::cadence).distinct().count() > 1) {
            throw new InvalidValueException("scheme.items", "a " + units + " scheme counts the platform's indicators over the"
                    + " assessed period: its items share one cadence");
        }
    }

    /** A scheme of the streets, as SPI 1.3 had every scheme. */
    public AssessmentScheme(String id, String name, String description, List<Item> items) {
        this(id, name, description, items, Units.STREET);
    }

    /**
     * One item: what it is called, how often it comes round, the indicator that measures it, and its weight (1–100);
     * points are linear between {@code floor} and {@code target} (a share's: 0 and 1; a lower-is-better indicator has its
     * target below its floor).
     */
    public record Item(String name, AssessmentPeriod.Cadence cadence, String indicator, int weight, double floor, double target) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cadence, "cadence");
            Objects.requireNonNull(indicator, "indicator");
            if (weight < 1 || weight > 100) {
                throw new InvalidValueException("scheme.weight", "an item's weight is 1 to 100, got " + weight);
            }
            if (floor == target || Double.isNaN(floor) || Double.isNaN(target)) {
                throw new InvalidValueException("scheme.target", "an item's floor and target differ, got " + floor + " and " + target);
            }
        }

        /** A share scored from 0 to 1. */
        public Item(String name, AssessmentPeriod.Cadence cadence, String indicator, int weight) {
            this(name, cadence, indicator, weight, 0, 1);
        }
    }
}
