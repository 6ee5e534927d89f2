package org.shizhi.domain.spi;

import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Extension point (SPI 1.3): an assessment scheme, weighted items each evaluated by an indicator at its own cadence
 * (Chengdu's 1136: monthly, monthly, quarterly, half-yearly). An item names an indicator that the same city must have.
 */
public record AssessmentScheme(String id, String name, String description, List<Item> items) {

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
    }

    /** One item: what it is called, how often it comes round, the indicator that measures it, and its weight (1–100). */
    public record Item(String name, AssessmentPeriod.Cadence cadence, String indicator, int weight) {
        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cadence, "cadence");
            Objects.requireNonNull(indicator, "indicator");
            if (weight < 1 || weight > 100) {
                throw new InvalidValueException("scheme.weight", "an item's weight is 1 to 100, got " + weight);
            }
        }
    }
}
