package org.shizhi.adapters.plugins;

import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.port.out.EventGrading;
import org.shizhi.domain.grid.port.out.EventGradingContract;

/** The grading the platform really runs: the shipped plugins, Zhanjiang enabling its three whistles, Chengdu none. */
class PluginEventGradingTest extends EventGradingContract {

    @Override
    protected EventGrading grading() {
        Map<String, String> values = Map.of("shizhi.city.440800.plugins", "zhanjiang");
        var config = TestConfig.of(values);
        return new PluginEventGrading(PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()), config));
    }
}
