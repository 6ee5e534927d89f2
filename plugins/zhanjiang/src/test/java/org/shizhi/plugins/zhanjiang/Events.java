package org.shizhi.plugins.zhanjiang;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shizhi.domain.grid.model.EventCategory;
import org.shizhi.domain.grid.model.EventFacts;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.spi.ConfigKey;
import org.shizhi.domain.spi.PluginSettings;

/** Test helpers: events from a Mazhang village, and settings built the way the platform builds them. */
final class Events {

    /** A structurally valid village code under 麻章区 (440811); the village itself is illustrative. */
    static final AreaCode A_MAZHANG_VILLAGE = AreaCode.of("440811100201");

    private Events() {
    }

    static EventFacts event(EventCategory category, String text) {
        return new EventFacts(category, text, A_MAZHANG_VILLAGE);
    }

    /** Every declared key: the operator's value where set, else the key's default; undeclared keys refused. */
    static PluginSettings settings(Map<String, String> operatorValues) {
        ZhanjiangPlugin plugin = new ZhanjiangPlugin();
        Set<String> declared = plugin.configKeys().stream().map(ConfigKey::name).collect(Collectors.toSet());
        for (String key : operatorValues.keySet()) {
            if (!declared.contains(key)) {
                throw new IllegalArgumentException("undeclared key " + key + "; declared: " + declared);
            }
        }
        Map<String, String> values = new HashMap<>();
        for (ConfigKey key : plugin.configKeys()) {
            String value = operatorValues.getOrDefault(key.name(), key.defaultValue().orElseThrow());
            key.type().check(key.name(), value);
            values.put(key.name(), value);
        }
        return new PluginSettings(values);
    }

    static PluginSettings defaultSettings() {
        return settings(Map.of());
    }

    static ThreeWhistlesGrader graderWith(Map<String, String> operatorValues) {
        return ThreeWhistlesGrader.from(settings(operatorValues));
    }

    static ThreeWhistlesGrader defaultGrader() {
        return graderWith(Map.of());
    }
}
