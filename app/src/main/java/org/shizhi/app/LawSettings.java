package org.shizhi.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.law.model.LawPolicy;
import org.shizhi.domain.law.port.out.LawPolicies;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Each city's law deadlines in working days: {@code shizhi.law.legal-aid-decision-days} (7),
 * {@code .petition-acceptance-days} (15), {@code .petition-reply-days} (60), {@code .petition-extension-days} (30) and
 * {@code .complaint-review-days} (30) for every city, and {@code shizhi.law.<six-digit city code>.<key>} for one, as
 * the dispute deadlines are set ({@link DisputeSettings}). Checked at start-up: a wrong key or value stops it.
 */
public record LawSettings(LawPolicy platform, Map<AreaCode, LawPolicy> byCity) implements LawPolicies {

    private static final String PREFIX = "shizhi.law.";
    private static final Pattern CITY_KEY = Pattern.compile("shizhi\\.law\\.(\\d{6})\\.([a-z-]+)");
    private static final Pattern KEY = Pattern.compile("shizhi\\.law\\.([a-z-]+)");
    private static final List<String> KEYS = List.of("legal-aid-decision-days", "petition-acceptance-days",
            "petition-reply-days", "petition-extension-days", "complaint-review-days");

    public LawSettings {
        byCity = Map.copyOf(byCity);
    }

    public static LawSettings from(Config config) {
        LawPolicy platform = policy(config, PREFIX, LawPolicy.standard());
        Map<AreaCode, LawPolicy> byCity = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            Matcher city = CITY_KEY.matcher(name);
            Matcher plain = KEY.matcher(name);
            if (city.matches()) {
                AreaCode code = DisputeSettings.cityCode(name, city.group(1));
                checkKey(name, city.group(2));
                byCity.computeIfAbsent(code, c -> policy(config, PREFIX + city.group(1) + ".", platform));
            } else if (plain.matches()) {
                checkKey(name, plain.group(1));
            } else {
                throw new SettingsException(name, "is not understood: under shizhi.law. come " + String.join(", ", KEYS)
                        + ", and <six-digit city code>.<one of those>");
            }
        }
        return new LawSettings(platform, byCity);
    }

    @Override
    public LawPolicy of(AreaCode city) {
        return byCity.getOrDefault(city.cityCode(), platform);
    }

    private static void checkKey(String name, String key) {
        if (!KEYS.contains(key)) {
            throw new SettingsException(name, "is not a law setting: " + String.join(", ", KEYS));
        }
    }

    private static LawPolicy policy(Config config, String prefix, LawPolicy fallback) {
        Map<String, Function<LawPolicy, Integer>> current = new LinkedHashMap<>();
        current.put("legal-aid-decision-days", LawPolicy::legalAidDecisionDays);
        current.put("petition-acceptance-days", LawPolicy::petitionAcceptanceDays);
        current.put("petition-reply-days", LawPolicy::petitionReplyDays);
        current.put("petition-extension-days", LawPolicy::petitionExtensionDays);
        current.put("complaint-review-days", LawPolicy::complaintReviewDays);
        int[] days = current.entrySet().stream()
                .mapToInt(e -> days(config, prefix + e.getKey(), e.getValue().apply(fallback))).toArray();
        try {
            return new LawPolicy(days[0], days[1], days[2], days[3], days[4]);
        } catch (InvalidValueException e) {
            // LawPolicy names its component; the operator needs the key they wrote.
            throw new SettingsException(prefix + e.field().map(LawSettings::key).orElse(""), e.getMessage());
        }
    }

    private static String key(String component) {
        return component.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static int days(Config config, String key, int fallback) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty()).map(text -> {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new SettingsException(key, "must be a whole number of working days, not '" + text + "'");
            }
        }).orElse(fallback);
    }
}
