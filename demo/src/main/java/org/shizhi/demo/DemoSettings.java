package org.shizhi.demo;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Whether the demo loads, read from the keys the application's settings check at start ({@code shizhi.demo-data}, on
 * by default in the embedded profile and off in production; {@code shizhi.demo-data.grids}, on unless turned off).
 *
 * @param areas the demo area tree of both cities
 * @param grids also their grids, registers, events and disputes (in the background)
 */
record DemoSettings(boolean areas, boolean grids) {

    static DemoSettings from(Config config) {
        boolean production = config.getOptionalValue("mp.config.profile", String.class)
                .map(p -> p.strip().toLowerCase(Locale.ROOT)).filter("production"::equals).isPresent();
        boolean areas = flag(config, "shizhi.demo-data").orElse(!production);
        return new DemoSettings(areas, areas && flag(config, "shizhi.demo-data.grids").orElse(true));
    }

    /** A wrong value has already stopped the start (the application's settings check it): here it only reads. */
    private static Optional<Boolean> flag(Config config, String key) {
        return config.getOptionalValue(key, String.class).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.equalsIgnoreCase("true"));
    }
}
