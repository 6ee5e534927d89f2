package org.shizhi.app;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.shizhi.domain.dispute.model.DisputePolicy;
import org.shizhi.domain.dispute.port.out.DisputePolicies;
import org.shizhi.domain.shared.AdminLevel;
import org.shizhi.domain.shared.AreaCode;
import org.shizhi.domain.shared.InvalidValueException;

/**
 * Each city's dispute deadlines in working days: {@code shizhi.dispute.acceptance-days} (3),
 * {@code shizhi.dispute.conclusion-days} (30) and {@code shizhi.dispute.follow-up-days} (15) for every city, and
 * {@code shizhi.dispute.<six-digit city code>.<key>} for one. Checked at start-up: a wrong key or value stops it.
 */
public record DisputeSettings(DisputePolicy platform, Map<AreaCode, DisputePolicy> byCity) implements DisputePolicies {

    private static final String PREFIX = "shizhi.dispute.";
    private static final Pattern CITY_KEY = Pattern.compile("shizhi\\.dispute\\.(\\d{6})\\.([a-z-]+)");
    private static final Pattern KEY = Pattern.compile("shizhi\\.dispute\\.([a-z-]+)");

    public DisputeSettings {
        byCity = Map.copyOf(byCity);
    }

    public static DisputeSettings from(Config config) {
        DisputePolicy standard = DisputePolicy.standard();
        DisputePolicy platform = policy(config, PREFIX, standard);
        Map<AreaCode, DisputePolicy> byCity = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            Matcher city = CITY_KEY.matcher(name);
            Matcher plain = KEY.matcher(name);
            if (city.matches()) {
                AreaCode code = cityCode(name, city.group(1));
                checkKey(name, city.group(2));
                byCity.computeIfAbsent(code, c -> policy(config, PREFIX + city.group(1) + ".", platform));
            } else if (plain.matches()) {
                checkKey(name, plain.group(1));
            } else {
                throw new SettingsException(name, "is not understood: under shizhi.dispute. come acceptance-days, conclusion-days,"
                        + " follow-up-days, and <six-digit city code>.<one of those>");
            }
        }
        return new DisputeSettings(platform, byCity);
    }

    @Override
    public DisputePolicy of(AreaCode city) {
        return byCity.getOrDefault(city.cityCode(), platform);
    }

    private static void checkKey(String name, String key) {
        if (!key.equals("acceptance-days") && !key.equals("conclusion-days") && !key.equals("follow-up-days")) {
            throw new SettingsException(name, "is not a dispute setting: acceptance-days, conclusion-days or follow-up-days");
        }
    }

    /** The city a per-city key names (six digits, a city's code), or the key stops start-up. */
    static AreaCode cityCode(String name, String code) {
        try {
            AreaCode city = AreaCode.of(code);
            if (city.level() != AdminLevel.CITY) {
                throw new SettingsException(name, "names " + code + ", which is not a city");
            }
            return city;
        } catch (InvalidValueException e) {
            throw new SettingsException(name, "does not name a city: " + e.getMessage());
        }
    }

    private static DisputePolicy policy(Config config, String prefix, DisputePolicy fallback) {
        int acceptance = days(config, prefix + "acceptance-days", fallback.acceptanceDays());
        int conclusion = days(config, prefix + "conclusion-days", fallback.conclusionDays());
        int followUp = days(config, prefix + "follow-up-days", fallback.followUpDays());
        return new DisputePolicy(acceptance, conclusion, followUp);
    }

    private static int days(Config config, String key, int fallback) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty()).map(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value < 1 || value > DisputePolicy.MAX_DAYS) {
                    throw new SettingsException(key, "must be between 1 and " + DisputePolicy.MAX_DAYS + " working days, not " + value);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new SettingsException(key, "must be a whole number of working days, not '" + text + "'");
            }
        }).orElse(fallback);
    }
}
