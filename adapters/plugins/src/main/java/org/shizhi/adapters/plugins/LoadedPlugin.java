package org.shizhi.adapters.plugins;

import org.shizhi.domain.spi.CityPlugin;

/** A plugin found by the loader, and where: "classpath" or the jar's path. */
public record LoadedPlugin(CityPlugin plugin, String origin) {

    public String id() {
        return plugin.id();
    }
}
