package org.shizhi.domain.spi;

import java.util.List;

/** Reads what plugins the platform loaded; implemented by the application that loads them. */
public interface InstalledPlugins {

    /** Every loaded plugin, ordered by id. */
    List<InstalledPlugin> all();
}
