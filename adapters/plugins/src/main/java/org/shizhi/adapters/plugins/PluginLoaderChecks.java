package org.shizhi.adapters.plugins;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shizhi.domain.spi.SpiVersion;

/** What every set of loaded plugins must satisfy, wherever they came from. */
final class PluginLoaderChecks {

    private static final String ID_PATTERN = "[a-z][a-z0-9-]*";

    private PluginLoaderChecks() {
    }

    static void check(List<LoadedPlugin> plugins) {
        Map<String, LoadedPlugin> byId = new HashMap<>();
        for (LoadedPlugin loaded : plugins) {
            String id = loaded.id();
            if (id == null || !id.matches(ID_PATTERN)) {
                throw new PluginException("plugin " + loaded.plugin().getClass().getName() + " from " + loaded.origin()
                        + " has the id '" + id + "'; an id must match " + ID_PATTERN);
            }
            LoadedPlugin earlier = byId.putIfAbsent(id, loaded);
            if (earlier != null) {
                throw new PluginException("plugin id '" + id + "' is provided twice: by " + earlier.origin() + " and by "
                        + loaded.origin() + "; remove one of them");
            }
            SpiVersion builtAgainst = loaded.plugin().spiVersion();
            if (builtAgainst == null || !SpiVersion.CURRENT.runs(builtAgainst)) {
                throw new PluginException("plugin '" + id + "' (" + loaded.origin() + ") was built against SPI " + builtAgainst
                        + " but this platform provides SPI " + SpiVersion.CURRENT + ": rebuild the plugin against shizhi-domain with SPI "
                        + SpiVersion.CURRENT.major() + ".x (at most " + SpiVersion.CURRENT + "), or remove it");
            }
        }
    }
}
