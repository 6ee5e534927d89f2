package org.shizhi.adapters.plugins;

import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.dispute.port.out.DisputeRouting;
import org.shizhi.domain.dispute.port.out.DisputeRoutingContract;

/** The dispute routing the platform really runs: Chengdu's plugin leaves disputes to the platform's routing. */
class PluginDisputeRoutingTest extends DisputeRoutingContract {

    @Override
    protected DisputeRouting routing() {
        Map<String, String> values = Map.of("shizhi.city.440800.plugins", "zhanjiang",
                "shizhi.city.510100.plugins", "chengdu");
        var config = TestConfig.of(values);
        return new PluginDisputeRules(PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()), config));
    }
}
