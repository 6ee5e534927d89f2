package org.shizhi.adapters.plugins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.assessment.port.out.CityMeasures;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.dispute.model.DisputeType;
import org.shizhi.domain.spi.AssessmentScheme;
import org.shizhi.domain.spi.CampaignTemplate;
import org.shizhi.domain.spi.CityPlugin;
import org.shizhi.domain.spi.ConsultationRule;
import org.shizhi.domain.spi.DefaultDisputeRouter;
import org.shizhi.domain.spi.DisputeRouter;
import org.shizhi.domain.spi.EventRouter;
import org.shizhi.domain.spi.Indicator;
import org.shizhi.domain.spi.RecurringProgramme;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.DefaultEventGrader;
import org.shizhi.domain.spi.EventGrader;
import org.shizhi.domain.spi.GridRule;
import org.shizhi.domain.spi.InstalledPlugin;
import org.shizhi.domain.spi.InstalledPlugins;
import org.shizhi.domain.spi.PluginSettings;

/**
 * Which plugin each city enables, with its settings checked against the keys the plugin declares:
 * {@code shizhi.city.<city code>.plugins=zhanjiang,joint-consultation} and
 * {@code shizhi.city.<city code>.<plugin id>.<key>=value}. Anything unknown stops start-up, naming it.
 * Answers, per city, which implementation of each extension point is in effect.
 */
public final class PluginRegistry implements InstalledPlugins, CityMeasures {

    private static final String PREFIX = "shizhi.city.";
    private static final Pattern CITY_KEY = Pattern.compile("shizhi\\.city\\.([^.]+)\\.(.+)");
    private static final Pattern CITY_ENV = Pattern.compile("SHIZHI_CITY_(\\d{6}|\\d{12})_PLUGINS");
    private static final EventGrader DEFAULT_GRADER = new DefaultEventGrader();
    private static final DisputeRouter DEFAULT_ROUTER = new DefaultDisputeRouter();
    private static final ConsultationRule DEFAULT_CONSULTATION_RULE = org.shizhi.domain.dispute.model.ConsultationRequirement::standard;

    /** A plugin one city enables, with that city's settings for it. */
    public record Enabled(LoadedPlugin plugin, PluginSettings settings) {
    }

    private final List<LoadedPlugin> loaded;
    private final Map<AreaCode, List<Enabled>> byCity;
    private final Map<AreaCode, EventGrader> graders = new HashMap<>();
    private final Map<AreaCode, List<GridRule>> gridRules = new HashMap<>();
    private final Map<AreaCode, EventRouter> routers = new HashMap<>();
    private final Map<AreaCode, List<RecurringProgramme>> programmes = new HashMap<>();
    private final Map<AreaCode, List<Indicator>> indicators = new HashMap<>();
    private final Map<AreaCode, List<AssessmentScheme>> schemes = new HashMap<>();
    private final Map<AreaCode, List<CampaignTemplate>> templates = new HashMap<>();
    private final Map<AreaCode, DisputeRouter> disputeRouters = new HashMap<>();
    private final Map<AreaCode, ConsultationRule> consultationRules = new HashMap<>();
    private final Map<AreaCode, List<DisputeType>> disputeTypes = new HashMap<>();

    private PluginRegistry(List<LoadedPlugin> loaded, Map<AreaCode, List<Enabled>> byCity) {
        this.loaded = loaded;
        this.byCity = byCity;
        byCity.forEach((city, enabled) -> single(city, enabled, "grade grid events",
                e -> e.plugin().plugin().eventGrader(e.settings())).ifPresent(g -> graders.put(city, g)));
        byCity.forEach((city, enabled) -> single(city, enabled, "route disputes",
                e -> e.plugin().plugin().disputeRouter(e.settings())).ifPresent(r -> disputeRouters.put(city, r)));
        byCity.forEach((city, enabled) -> single(city, enabled, "decide joint consultations",
                e -> e.plugin().plugin().consultationRule(e.settings())).ifPresent(r -> consultationRules.put(city, r)));
        // Dispute types add up: the platform's, then each enabled plugin's, a code never twice.
        byCity.forEach((city, enabled) -> {
            List<DisputeType> types = new ArrayList<>(DisputeType.STANDARD);
            for (Enabled e : enabled) {
                for (DisputeType type : e.plugin().plugin().disputeTypes(e.settings())) {
                    if (types.stream().anyMatch(t -> t.code().equals(type.code()))) {
                        throw new PluginException("plugin '" + e.plugin().id() + "' adds dispute type " + type.code()
                                + " for city " + gb(city) + ", which the city knows already");
                    }
                    types.add(type);
                }
            }
            disputeTypes.put(city, List.copyOf(types));
        });
        // Grid rules add up: every enabled plugin's rules apply, in the order the plugins are enabled.
        byCity.forEach((city, enabled) -> {
            List<GridRule> rules = new ArrayList<>();
            for (Enabled e : enabled) {
                try {
                    rules.addAll(List.copyOf(e.plugin().plugin().gridRules(e.settings())));
                } catch (RuntimeException failure) {
                    throw new PluginException("plugin '" + e.plugin().id() + "' refused its settings for city " + gb(city)
                            + " (" + PREFIX + gb(city) + "." + e.plugin().id() + ".*): " + failure.getMessage());
                }
            }
            if (!rules.isEmpty()) {
                gridRules.put(city, List.copyOf(rules));
            }
        });
        byCity.forEach((city, enabled) -> {
            single(city, enabled, "route grid events", e -> asked(city, e, () -> e.plugin().plugin().eventRouter(e.settings())))
                    .ifPresent(r -> routers.put(city, r));
            programmes.put(city, unique(city, enabled, "programme", RecurringProgramme::id,
                    e -> e.plugin().plugin().programmes(e.settings())));
            indicators.put(city, unique(city, enabled, "indicator", Indicator::id, e -> e.plugin().plugin().indicators(e.settings())));
            schemes.put(city, unique(city, enabled, "assessment scheme", AssessmentScheme::id,
                    e -> e.plugin().plugin().assessmentSchemes(e.settings())));
            templates.put(city, unique(city, enabled, "campaign template", CampaignTemplate::id,
                    e -> e.plugin().plugin().campaignTemplates(e.settings())));
            java.util.Set<String> known = indicators.get(city).stream().map(Indicator::id).collect(Collectors.toSet());
            for (AssessmentScheme scheme : schemes.get(city)) {
                for (AssessmentScheme.Item item : scheme.items()) {
                    if (!scheme.units().areAreas()) {
                        // Grid workers and departments are measured by the platform's own indicators of that subject.
                        String subject = scheme.units().name();
                        if (org.shizhi.domain.assessment.model.BuiltInIndicator.byId(item.indicator())
                                .filter(i -> i.definition().subject().name().equals(subject)).isEmpty()) {
                            throw new PluginException("assessment scheme '" + scheme.id() + "' for city " + gb(city) + " assesses "
                                    + subject + " units and names indicator '" + item.indicator() + "', which is no built-in "
                                    + "indicator of a " + subject + ": " + java.util.Arrays.stream(
                                            org.shizhi.domain.assessment.model.BuiltInIndicator.values())
                                    .filter(i -> i.definition().subject().name().equals(subject)).map(i -> i.id())
                                    .collect(Collectors.joining(", ")));
                        }
                        continue;
                    }
                    if (!known.contains(item.indicator())) {
                        throw new PluginException("assessment scheme '" + scheme.id() + "' for city " + gb(city) + " names indicator '"
                                + item.indicator() + "', which no plugin the city enables supplies; its indicators: "
                                + (known.isEmpty() ? "none" : known.stream().sorted().collect(Collectors.joining(", "))));
                    }
                }
            }
        });
    }

    /** An extension a plugin supplies for a city, its failure reported as the plugin refusing the city's settings. */
    private static <T> T asked(AreaCode city, Enabled e, java.util.function.Supplier<T> extension) {
        try {
            return extension.get();
        } catch (RuntimeException failure) {
            throw new PluginException("plugin '" + e.plugin().id() + "' refused its settings for city " + gb(city)
                    + " (" + PREFIX + gb(city) + "." + e.plugin().id() + ".*): " + failure.getMessage());
        }
    }

    /** What every enabled plugin supplies, together; an id supplied twice for one city stops start-up naming both plugins. */
    private static <T> List<T> unique(AreaCode city, List<Enabled> enabled, String what, Function<T, String> id,
                                      Function<Enabled, List<T>> extension) {
        Map<String, String> suppliers = new HashMap<>();
        List<T> all = new ArrayList<>();
        for (Enabled e : enabled) {
            for (T item : List.copyOf(asked(city, e, () -> extension.apply(e)))) {
                String earlier = suppliers.putIfAbsent(id.apply(item), e.plugin().id());
                if (earlier != null) {
                    throw new PluginException("city " + gb(city) + " has two of " + what + " '" + id.apply(item) + "': from plugin '"
                            + earlier + "' and from plugin '" + e.plugin().id() + "'; enable only one of them");
                }
                all.add(item);
            }
        }
        return List.copyOf(all);
    }

    public static PluginRegistry configure(List<LoadedPlugin> loaded, Config config) {
        Map<String, LoadedPlugin> byId = loaded.stream().collect(Collectors.toMap(LoadedPlugin::id, Function.identity()));
        Map<AreaCode, List<LoadedPlugin>> enabledIds = new TreeMap<>();
        Map<AreaCode, Map<String, Map<String, String>>> given = new TreeMap<>();

        for (String name : config.getPropertyNames()) {
            Matcher env = CITY_ENV.matcher(name);
            if (env.matches()) {
                name = PREFIX + env.group(1) + ".plugins";
            }
            Matcher m = CITY_KEY.matcher(name);
            if (!name.startsWith(PREFIX) || !m.matches()) {
                continue;
            }
            AreaCode city = city(name, m.group(1));
            if (m.group(2).equals("plugins")) {
                List<LoadedPlugin> list = new ArrayList<>();
                for (String id : config.getOptionalValue(name, String.class).orElse("").split(",")) {
                    if (id.isBlank()) {
                        continue;
                    }
                    LoadedPlugin plugin = byId.get(id.strip());
                    if (plugin == null) {
                        throw new PluginException("setting '" + name + "' names plugin '" + id.strip() + "', which is not loaded; loaded: " + available(loaded));
                    }
                    list.add(plugin);
                }
                enabledIds.merge(city, list, (a, b) -> a.isEmpty() ? b : a);
            } else {
                String rest = m.group(2);
                int dot = rest.indexOf('.');
                if (dot < 0) {
                    throw new PluginException("setting '" + name + "' is not understood: under " + PREFIX + m.group(1)
                            + " come 'plugins' and '<plugin id>.<key>'");
                }
                given.computeIfAbsent(city, c -> new LinkedHashMap<>())
                        .computeIfAbsent(rest.substring(0, dot), p -> new LinkedHashMap<>())
                        .put(rest.substring(dot + 1), config.getOptionalValue(name, String.class).orElse(""));
            }
        }

        Map<AreaCode, List<Enabled>> byCity = new TreeMap<>();
        given.forEach((city, perPlugin) -> perPlugin.keySet().forEach(pluginId -> {
            boolean enabled = enabledIds.getOrDefault(city, List.of()).stream().anyMatch(p -> p.id().equals(pluginId));
            if (!enabled) {
                throw new PluginException("settings under '" + PREFIX + gb(city) + "." + pluginId
                        + "' are for plugin '" + pluginId + "', which city " + gb(city) + " does not enable in '"
                        + PREFIX + gb(city) + ".plugins'");
            }
        }));
        enabledIds.forEach((city, plugins) -> byCity.put(city, plugins.stream()
                .map(p -> new Enabled(p, settings(city, p, given.getOrDefault(city, Map.of()).getOrDefault(p.id(), Map.of()))))
                .toList()));
        return new PluginRegistry(loaded, byCity);
    }

    private static PluginSettings settings(AreaCode city, LoadedPlugin loaded, Map<String, String> given) {
        CityPlugin plugin = loaded.plugin();
        String base = PREFIX + gb(city) + "." + plugin.id() + ".";
        Map<String, ConfigKey> declared = plugin.configKeys().stream().collect(Collectors.toMap(ConfigKey::name, Function.identity()));
        for (String key : given.keySet()) {
            if (!declared.containsKey(key)) {
                throw new PluginException("setting '" + base + key + "' is not a key of plugin '" + plugin.id() + "'; its keys: "
                        + (declared.isEmpty() ? "none" : declared.keySet().stream().sorted().collect(Collectors.joining(", "))));
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigKey key : plugin.configKeys()) {
            String value = given.containsKey(key.name()) ? given.get(key.name()) : key.defaultValue().orElse(null);
            if (value == null) {
                throw new PluginException("setting '" + base + key.name() + "' is required by plugin '" + plugin.id() + "' ("
                        + key.description() + ")");
            }
            try {
                key.type().check(base + key.name(), value);
            } catch (InvalidValueException e) {
                throw new PluginException("setting " + e.getMessage());
            }
            values.put(key.name(), value);
        }
        return new PluginSettings(values);
    }

    private static AreaCode city(String name, String code) {
        try {
            AreaCode city = AreaCode.of(code);
            if (city.level() != AdminLevel.CITY) {
                throw new PluginException("setting '" + name + "' is for " + code + ", which is a " + city.level() + " code; plugins are enabled per city");
            }
            return city;
        } catch (InvalidValueException e) {
            throw new PluginException("setting '" + name + "' does not name a city: " + e.getMessage());
        }
    }

    private static <T> Optional<T> single(AreaCode city, List<Enabled> enabled, String what, Function<Enabled, Optional<T>> extension) {
        List<String> suppliers = new ArrayList<>();
        T found = null;
        for (Enabled e : enabled) {
            Optional<T> candidate = extension.apply(e);
            if (candidate.isPresent()) {
                suppliers.add(e.plugin().id());
                found = candidate.get();
            }
        }
        if (suppliers.size() > 1) {
            throw new PluginException("city " + gb(city) + " enables several plugins that " + what + ": "
                    + String.join(", ", suppliers) + "; enable only one of them");
        }
        return Optional.ofNullable(found);
    }

    private static String available(List<LoadedPlugin> loaded) {
        return loaded.isEmpty() ? "none" : loaded.stream().map(p -> p.id() + " (" + p.origin() + ")").sorted().collect(Collectors.joining(", "));
    }

    /** The plugins a city enables, in the order configured. */
    public List<Enabled> enabledFor(AreaCode city) {
        return byCity.getOrDefault(city.cityCode(), List.of());
    }

    /** The grader in effect for a city: its plugin's, or the platform's default. */
    public EventGrader eventGrader(AreaCode area) {
        return graders.getOrDefault(area.cityCode(), DEFAULT_GRADER);
    }

    /** The grid rules in effect for a city: those of every plugin it enables; none (the domain's own only) by default. */
    public List<GridRule> gridRules(AreaCode area) {
        return gridRules.getOrDefault(area.cityCode(), List.of());
    }

    /** The router in effect for a city, if a plugin it enables routes; else the platform's route applies. */
    public Optional<EventRouter> eventRouter(AreaCode area) {
        return Optional.ofNullable(routers.get(area.cityCode()));
    }

    /** The recurring programmes of a city, from every plugin it enables; none by default. */
    public List<RecurringProgramme> programmes(AreaCode area) {
        return programmes.getOrDefault(area.cityCode(), List.of());
    }

    /** The cities that enable at least one plugin, by code. */
    public List<AreaCode> cities() {
        return List.copyOf(byCity.keySet());
    }

    @Override
    public List<Indicator> indicators(AreaCode area) {
        return indicators.getOrDefault(area.cityCode(), List.of());
    }

    @Override
    public List<AssessmentScheme> assessmentSchemes(AreaCode area) {
        return schemes.getOrDefault(area.cityCode(), List.of());
    }

    public List<CampaignTemplate> campaignTemplates(AreaCode area) {
        return templates.getOrDefault(area.cityCode(), List.of());
    }

    /** Who routes a city's disputes to centres: its plugin, or the platform's default. */
    public DisputeRouter disputeRouter(AreaCode area) {
        return disputeRouters.getOrDefault(area.cityCode(), DEFAULT_ROUTER);
    }

    /** When a city convenes 3+N: its plugin's rule, or the platform's default (HIGH and CRITICAL). */
    public ConsultationRule consultationRule(AreaCode area) {
        return consultationRules.getOrDefault(area.cityCode(), DEFAULT_CONSULTATION_RULE);
    }

    /** A city's dispute types: the platform's standard ones and those its plugins add. */
    public List<DisputeType> disputeTypes(AreaCode area) {
        return disputeTypes.getOrDefault(area.cityCode(), DisputeType.STANDARD);
    }

    @Override
    public List<InstalledPlugin> all() {
        return loaded.stream()
                .sorted(Comparator.comparing(LoadedPlugin::id))
                .map(p -> new InstalledPlugin(p.id(), p.plugin().name(), p.plugin().spiVersion(), p.origin(),
                        byCity.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(en -> en.plugin().id().equals(p.id())))
                                .map(e -> gb(e.getKey())).toList()))
                .toList();
    }

    /** One line per plugin, for the start-up log. */
    public String describe() {
        if (loaded.isEmpty()) {
            return "no city plugins loaded";
        }
        return all().stream()
                .map(p -> p.id() + " " + p.spiVersion() + " from " + p.origin() + ", enabled for "
                        + (p.enabledForCities().isEmpty() ? "no city" : String.join(", ", p.enabledForCities())))
                .collect(Collectors.joining("; ", "city plugins: ", ""));
    }

    /** A city as operators write it in configuration: its six-digit GB/T 2260 code. */
    private static String gb(AreaCode city) {
        return city.toString().substring(0, 6);
    }
}
