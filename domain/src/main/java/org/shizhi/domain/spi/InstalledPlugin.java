package org.shizhi.domain.spi;

import java.util.List;

/** A loaded plugin as operators and integrators see it: where it came from and which cities enable it. */
public record InstalledPlugin(String id, String name, SpiVersion spiVersion, String origin, List<String> enabledForCities) {

    public InstalledPlugin {
        enabledForCities = List.copyOf(enabledForCities);
    }
}
