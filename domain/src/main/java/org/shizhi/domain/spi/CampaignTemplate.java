package org.shizhi.domain.spi;

import java.util.List;
import java.util.Objects;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Extension point (SPI 1.3): a template for a city's campaign — the kinds of venue it targets, the activities
 * expected there and (since SPI 1.4) what the organiser checks off (seed 002: red culture "八进", the wedding-customs
 * reform). A campaign launched from it takes what its plan leaves empty from here. The platform has none by default.
 *
 * @param checklist what the organiser checks off, in order; empty for a template without one (an SPI 1.3 plugin), in
 *                  which case a campaign derives its checklist from the activities and venue kinds
 */
public record CampaignTemplate(String id, String name, String description, List<VenueKind> venues, List<String> activities,
                               List<String> checklist) {

    /** Longest checklist item, as a campaign's own plan allows. */
    public static final int MAX_CHECKLIST_ITEM_LENGTH = 200;

    public CampaignTemplate {
        if (id == null || !id.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)*")) {
            throw new InvalidValueException("template.id", "a template id is lower-case words joined by '-' or '.', not '" + id + "'");
        }
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        venues = List.copyOf(venues);
        activities = List.copyOf(activities);
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
        if (venues.isEmpty() || activities.isEmpty()) {
            throw new InvalidValueException("template", "a campaign template names at least one venue kind and one activity");
        }
        if (venues.stream().map(VenueKind::code).distinct().count() != venues.size()) {
            throw new InvalidValueException("template.venues", "each venue kind is named once");
        }
        for (String item : checklist) {
            if (item.isBlank() || item.length() > MAX_CHECKLIST_ITEM_LENGTH) {
                throw new InvalidValueException("template.checklist", "a checklist item is 1 to " + MAX_CHECKLIST_ITEM_LENGTH
                        + " characters, not '" + item + "'");
            }
        }
        if (checklist.stream().distinct().count() != checklist.size()) {
            throw new InvalidValueException("template.checklist", "each checklist item is named once");
        }
    }

    /** A template without a checklist, as SPI 1.3 plugins build it. */
    public CampaignTemplate(String id, String name, String description, List<VenueKind> venues, List<String> activities) {
        this(id, name, description, venues, activities, List.of());
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
