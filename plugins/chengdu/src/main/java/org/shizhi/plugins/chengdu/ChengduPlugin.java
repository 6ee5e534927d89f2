package org.shizhi.plugins.chengdu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.EventRouter;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.GridRule;
import org.shizhi.domain.spi.PluginSettings;
import org.shizhi.domain.spi.SpiVersion;

/**
 * Chengdu's city plugin: the grid rules of 微网实格 (seed 001), "社区总网格、一般网格、微网格三级治理体系" with "30户-100户居民或商家划分为一个微网格".
 * Enable it for a city and, if wanted, set {@code shizhi.city.<code>.chengdu.micro-grid-min-households} and
 * {@code ...micro-grid-max-households}. It supplies two {@link GridRule}s ({@link MicroGridRules}):
 * <ul>
 *   <li>{@code chengdu.tiers}: a micro-grid lies under a general grid, a general grid under the community's total grid.
 *       A micro-grid anywhere else is refused: it skips a tier, and a grid cannot be moved later. A general grid at the
 *       top of its community is only reported: the domain allows general grids in a community that has not drawn its
 *       total grid, and refusing them would make the community draw its grids in one fixed order; the report tells it
 *       that its three tiers are incomplete. (Under a grid of another tier the domain itself refuses a general grid.)</li>
 *   <li>{@code chengdu.micro-grid-households}: a micro-grid holds {@code min}–{@code max} households. Only the maximum
 *       is refused, and only where households are added: a new micro-grid starts empty and is filled dwelling by
 *       dwelling, so refusing below the minimum would make every micro-grid impossible to create; registering or
 *       raising households that would take it above the maximum is refused (split the grid instead). A micro-grid
 *       below the minimum (still being registered, or a village group of a few houses) is reported, not refused:
 *       {@code GridQuery.ruleViolations} lists it for the community to merge or fill. A stored micro-grid above the
 *       maximum (the maximum was lowered) is listed too, and households may still be taken away from it.</li>
 * </ul>
 * The households counted are the housing register's: the dwellings on the micro-grid and its building sub-grids. A
 * shop (商家) counts when registered as a dwelling; the organisation register is not counted, as it holds enterprises
 * and bodies of every size, not shopfronts.
 */
public final class ChengduPlugin implements CityPlugin {

    public static final String ID = "chengdu";

    /** Built against SPI 1.3, the first with routing and schemes: a literal, so that a later platform can tell what this jar expects. */
    private static final SpiVersion BUILT_AGAINST = new SpiVersion(1, 3);

    static final String MIN_HOUSEHOLDS = "micro-grid-min-households";
    static final String MAX_HOUSEHOLDS = "micro-grid-max-households";
    static final String DISTRICTS = "districts";
    static final String CALL_WITHIN_HOURS = "call-within-hours";
    static final String DISPATCH_WITHIN_HOURS = "dispatch-within-hours";
    static final String REMEDIATION_WITHIN_DAYS = "remediation-within-days";
    static final String STREET_HANDLES_ALL = "street-handles-all";
    static final String COMMUNITY_WITHIN_DAYS = "community-within-days";

    /** The lead department's function per category (集中派单), and the functions that remedy with it (协同整治). */
    private static final Map<EventCategory, String[]> ROUTES = Map.of(
            EventCategory.DISPUTE, new String[] {"judicial", "police"},
            EventCategory.SAFETY_HAZARD, new String[] {"emergency", "fire,housing"},
            EventCategory.SERVICE_REQUEST, new String[] {"civil", ""},
            EventCategory.PUBLIC_OPINION, new String[] {"civil", ""},
            EventCategory.PUBLIC_SECURITY, new String[] {"police", ""},
            EventCategory.ENVIRONMENT, new String[] {"urban", "eco,market"},
            EventCategory.OTHER, new String[] {"urban", ""});

    private static final List<ConfigKey> CONFIG_KEYS = configKeys(List.of(
            ConfigKey.optional(MIN_HOUSEHOLDS, ConfigKey.Type.INTEGER, "30",
                    "The fewest households (居民或商家) a micro-grid should hold; a micro-grid with fewer is reported, not refused."),
            ConfigKey.optional(MAX_HOUSEHOLDS, ConfigKey.Type.INTEGER, "100",
                    "The most households a micro-grid may hold; registering households beyond it is refused. At least the minimum."),
            ConfigKey.optional(DISTRICTS, ConfigKey.Type.STRING_LIST, "510104:jinjiang,510105:qingyang,510106:jinniu,510107:wuhou,510108:chenghua",
                    "district:prefix pairs: a department's code is the prefix of the event's district and its function (jinjiang-judicial)."),
            ConfigKey.optional(CALL_WITHIN_HOURS, ConfigKey.Type.INTEGER, "2", "Working hours within which the street takes a call (街道呼叫)."),
            ConfigKey.optional(DISPATCH_WITHIN_HOURS, ConfigKey.Type.INTEGER, "4", "Working hours within which the event is dispatched (集中派单)."),
            ConfigKey.optional(REMEDIATION_WITHIN_DAYS, ConfigKey.Type.INTEGER, "3",
                    "Working days within which the departments summoned for joint remediation (协同整治) report."),
            ConfigKey.optional(COMMUNITY_WITHIN_DAYS, ConfigKey.Type.INTEGER, "5",
                    "Working days within which the community handles an event its grade leaves to it."),
            ConfigKey.optional(STREET_HANDLES_ALL, ConfigKey.Type.BOOLEAN, "false",
                    "true: the street is the lowest level for every event, so the community reports (社区发现) but never closes one alone.")));

    private static List<ConfigKey> configKeys(List<ConfigKey> fixed) {
        List<ConfigKey> keys = new ArrayList<>(fixed);
        for (EventCategory category : EventCategory.values()) {
            String[] route = ROUTES.get(category);
            keys.add(ConfigKey.optional("dispatch." + ChengduRouting.key(category), ConfigKey.Type.STRING_LIST, route[0],
                    "Functions of the departments a " + category + " event is dispatched to (集中派单)."));
            keys.add(ConfigKey.optional("remediation." + ChengduRouting.key(category), ConfigKey.Type.STRING_LIST, route[1],
                    "Functions of the departments summoned to remedy a " + category + " event with them (协同整治); empty: no joint stage."));
        }
        return List.copyOf(keys);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "成都 · 微网实格, 社区发现-街道呼叫-集中派单-协同整治, 1136";
    }

    @Override
    public SpiVersion spiVersion() {
        return BUILT_AGAINST;
    }

    @Override
    public List<ConfigKey> configKeys() {
        return CONFIG_KEYS;
    }

    /** @throws IllegalArgumentException if the minimum is negative or the maximum below it */
    @Override
    public List<GridRule> gridRules(PluginSettings settings) {
        int min = settings.integer(MIN_HOUSEHOLDS);
        int max = settings.integer(MAX_HOUSEHOLDS);
        if (min < 0) {
            throw new IllegalArgumentException(MIN_HOUSEHOLDS + " must not be negative, got " + min);
        }
        if (max < min || max < 1) {
            throw new IllegalArgumentException(MAX_HOUSEHOLDS + " must be at least 1 and at least "
                    + MIN_HOUSEHOLDS + " (" + min + "), got " + max);
        }
        return List.of(MicroGridRules.tiers(), MicroGridRules.households(min, max));
    }

    /** 社区发现、街道呼叫、集中派单、协同整治: see {@link ChengduRouting}. */
    @Override
    public Optional<EventRouter> eventRouter(PluginSettings settings) {
        return Optional.of(ChengduRouting.from(settings));
    }

    @Override
    public List<Indicator> indicators(PluginSettings settings) {
        return CadenceIndicators.all();
    }

    /** The 1136 cadence: see {@link CadenceIndicators}. */
    @Override
    public List<AssessmentScheme> assessmentSchemes(PluginSettings settings) {
        return List.of(CadenceIndicators.scheme1136());
    }
}
