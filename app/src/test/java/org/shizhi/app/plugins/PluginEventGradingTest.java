package org.shizhi.app.plugins;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.shizhi.domain.grid.port.out.EventGrading;
import org.shizhi.domain.grid.port.out.EventGradingContract;

/** The grading the platform really runs: the shipped plugins, Zhanjiang enabling its three whistles, Chengdu none. */
class PluginEventGradingTest extends EventGradingContract {

    @Override
    protected EventGrading grading() {
        Map<String, String> values = Map.of("shizhi.city.440800.plugins", "zhanjiang");
        ConfigSource source = new ConfigSource() {
            @Override
            public Set<String> getPropertyNames() {
                return values.keySet();
            }

            @Override
            public String getValue(String key) {
                return values.get(key);
            }

            @Override
            public String getName() {
                return "test";
            }
        };
        var config = ConfigProviderResolver.instance().getBuilder().withSources(source).build();
        return new PluginEventGrading(PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()), config));
    }
}
