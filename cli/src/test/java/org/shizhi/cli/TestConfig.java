package org.shizhi.cli;

import io.helidon.config.mp.MpConfigSources;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

/** A MicroProfile Config holding exactly the given settings, for tests of code that reads configuration. */
public final class TestConfig {

    private TestConfig() {
    }

    public static Config of(Map<String, String> values) {
        return ConfigProviderResolver.instance().getBuilder().withSources(MpConfigSources.create("test", values)).build();
    }
}
