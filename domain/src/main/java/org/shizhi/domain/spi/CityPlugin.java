package org.shizhi.domain.spi;

import java.util.List;
import java.util.Optional;
import org.shizhi.domain.dispute.model.DisputeType;

/**
 * The one entry point of a city plugin, found with {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/org.shizhi.domain.spi.CityPlugin}). Every extension point is a default method
 * returning empty: a plugin supplies only what its city does differently, and the platform's default
 * applies to the rest. Extension points are added in minor versions of {@link SpiVersion}.
 */
public interface CityPlugin {

    /** Lower-case id, unique among loaded plugins, used in configuration: {@code [a-z][a-z0-9-]*}. */
    String id();

    /** A human name, e.g. "湛江 · 三哨 grading". */
    String name();

    /** The SPI this plugin was built against; usually {@code SpiVersion.CURRENT} at build time, as a constant. */
    SpiVersion spiVersion();

    /** Settings the plugin reads, per city; anything else under its id is refused at start-up. */
    default List<ConfigKey> configKeys() {
        return List.of();
    }

    /** Grades new grid events for the cities that enable this plugin. */
    default Optional<EventGrader> eventGrader(PluginSettings settings) {
        return Optional.empty();
    }

    /**
     * Since SPI 1.1: the city's rules for the structure of its grids (tier sizes, sub-grids). The rules of every plugin
     * a city enables apply together; the platform's default is none beyond the domain's own.
     */
    default List<GridRule> gridRules(PluginSettings settings) {
        return List.of();
    }

    /**
     * Since SPI 1.2: which centre takes a new dispute in the cities that enable this plugin; the platform's default is
     * {@link DefaultDisputeRouter}. At most one enabled plugin of a city may route.
     */
    default Optional<DisputeRouter> disputeRouter(PluginSettings settings) {
        return Optional.empty();
    }

    /**
     * Since SPI 1.2: when to convene a joint consultation (3+N) and which N bodies are always invited; the platform's
     * default convenes HIGH and CRITICAL disputes and lets the centre choose the N. At most one enabled plugin of a city
     * may supply it.
     */
    default Optional<ConsultationRule> consultationRule(PluginSettings settings) {
        return Optional.empty();
    }

    /**
     * Since SPI 1.2: dispute types the city adds to the platform's standard ones (codes must not repeat a standard one).
     * The types of every plugin a city enables add up.
     */
    default List<DisputeType> disputeTypes(PluginSettings settings) {
        return List.of();
    }

    // ---- Since SPI 1.3: event routing, recurring programmes, indicators and schemes, campaign templates. ----

    /**
     * Since SPI 1.3: routes graded grid events (who is called and dispatched, in what order, within how long). At most
     * one plugin a city enables may route; the platform's route applies where none does.
     */
    default Optional<EventRouter> eventRouter(PluginSettings settings) {
        return Optional.empty();
    }

    /** Since SPI 1.3: scheduled work the platform runs for the city. Ids must be unique among the city's programmes. */
    default List<RecurringProgramme> programmes(PluginSettings settings) {
        return List.of();
    }

    /** Since SPI 1.3: the city's assessment indicators. Ids must be unique among the city's indicators. */
    default List<Indicator> indicators(PluginSettings settings) {
        return List.of();
    }

    /** Since SPI 1.3: the city's assessment schemes; each item names an indicator the city has. */
    default List<AssessmentScheme> assessmentSchemes(PluginSettings settings) {
        return List.of();
    }

    /** Since SPI 1.3: campaign templates the city offers. Ids must be unique among the city's templates. */
    default List<CampaignTemplate> campaignTemplates(PluginSettings settings) {
        return List.of();
    }
}
