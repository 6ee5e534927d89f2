package org.shizhi.domain.assessment.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;
import org.shizhi.domain.spi.AssessmentPeriod.Cadence;

/**
 * Schemes read from configuration, so that a city sets its weights and targets without a release. Under the prefix
 * {@value #PREFIX}, for a scheme {@code <id>}:
 * <pre>
 * &lt;id&gt;.name      = 街道季度综合考核
 * &lt;id&gt;.city      = 510100            (optional: without it the scheme is the default every city has)
 * &lt;id&gt;.units     = STREET            (DISTRICT, STREET, COMMUNITY or DEPARTMENT)
 * &lt;id&gt;.cadence   = QUARTERLY         (MONTHLY, QUARTERLY or HALF_YEARLY)
 * &lt;id&gt;.item.&lt;indicator&gt; = weight, floor, target   (e.g. 30, 0.90, 0.997)
 * </pre>
 * An unknown key, indicator or value is refused, naming the key: a typo must not silently drop an item.
 */
public final class SchemeSettings {

    public static final String PREFIX = "shizhi.assessment.scheme.";

    private SchemeSettings() {
    }

    /** {@code keys}: every configuration key under {@link #PREFIX}, with the prefix, and its value. */
    public static List<Scheme> parse(Map<String, String> keys) {
        Map<String, Map<String, String>> byScheme = new TreeMap<>();
        keys.forEach((key, value) -> {
            if (!key.startsWith(PREFIX)) {
                return;
            }
            String rest = key.substring(PREFIX.length());
            int dot = rest.indexOf('.');
            if (dot < 1) {
                throw new InvalidValueException(key, "a scheme key is " + PREFIX + "<id>.<name|city|units|cadence|item.<indicator>>");
            }
            byScheme.computeIfAbsent(rest.substring(0, dot), k -> new TreeMap<>()).put(rest.substring(dot + 1), value.strip());
        });
        List<Scheme> schemes = new ArrayList<>();
        byScheme.forEach((id, settings) -> schemes.add(scheme(id, settings)));
        return schemes;
    }

    private static Scheme scheme(String id, Map<String, String> settings) {
        String base = PREFIX + id + ".";
        List<Scheme.Item> items = new ArrayList<>();
        for (var entry : settings.entrySet()) {
            String key = entry.getKey();
            if (key.startsWith("item.")) {
                items.add(item(base + key, key.substring("item.".length()), entry.getValue()));
            } else if (!List.of("name", "city", "units", "cadence").contains(key)) {
                throw new InvalidValueException(base + key, "unknown scheme setting; known: name, city, units, cadence, item.<indicator>");
            }
        }
        Optional<AreaCode> city = Optional.ofNullable(settings.get("city")).filter(c -> !c.isBlank()).map(AreaCode::of);
        return new Scheme(id, required(settings, base, "name"), city,
                constant(Scheme.Units.class, base + "units", required(settings, base, "units")),
                constant(Cadence.class, base + "cadence", required(settings, base, "cadence")), items);
    }

    private static Scheme.Item item(String key, String indicator, String value) {
        BuiltInIndicator built = BuiltInIndicator.byId(indicator).orElseThrow(() -> new InvalidValueException(key,
                "no built-in indicator '" + indicator + "'; known: " + java.util.Arrays.stream(BuiltInIndicator.values())
                        .map(BuiltInIndicator::id).toList()));
        String[] parts = value.split(",");
        if (parts.length != 3) {
            throw new InvalidValueException(key, "an item is 'weight, floor, target', not '" + value + "'");
        }
        try {
            return new Scheme.Item(built.definition(), Integer.parseInt(parts[0].strip()),
                    Double.parseDouble(parts[1].strip()), Double.parseDouble(parts[2].strip()));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, "an item is 'weight, floor, target' in numbers, not '" + value + "'");
        }
    }

    private static String required(Map<String, String> settings, String base, String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(base + name, "required");
        }
        return value;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String key, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(key, "one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }
}
