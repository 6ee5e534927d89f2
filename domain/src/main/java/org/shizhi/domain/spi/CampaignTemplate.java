package org.shizhi.domain.spi;

import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Extension point (SPI 1.3): a template for a city's campaign — the kinds of venue it targets and the activities
 * expected there (seed 002: red culture "八进", the wedding-customs reform). The platform has none by default.
 */
public record CampaignTemplate(String id, String name, String description, List<VenueKind> venues, List<String> activities) {

    public CampaignTemplate {
        if (id == null || !id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new InvalidValueException("template.id", "a template id is lower-case words joined by '-' or '.', not '" + id + "'");
        }
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        venues = List.copyOf(venues);
        activities = List.copyOf(activities);
        if (venues.isEmpty() || activities.isEmpty()) {
            throw new InvalidValueException("template", "a campaign template names at least one venue kind and one activity");
        }
        if (venues.stream().map(VenueKind::code).distinct().count() != venues.size()) {
            throw new InvalidValueException("template.venues", "each venue kind is named once");
        }
    }

    /** A kind of venue a campaign goes into, by code ({@code party-school}) and Chinese label (党校). */
    public record VenueKind(String code, String label) {
        public VenueKind {
            if (code == null || !code.matches("[a-z][a-z0-9-]*")) {
                throw new InvalidValueException("venue.code", "a venue kind's code is lower-case words joined by '-', not '" + code + "'");
            }
            Objects.requireNonNull(label, "label");
        }
    }
}
