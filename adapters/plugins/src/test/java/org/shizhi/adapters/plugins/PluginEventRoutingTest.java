package org.shizhi.adapters.plugins;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.model.DeadlinePolicy;
import org.shizhi.domain.grid.port.out.EventRouting;
import org.shizhi.domain.grid.port.out.EventRoutingContract;
import org.shizhi.domain.shared.AreaCode;

/** The routing the platform really runs: Chengdu's plugin routes its events, Zhanjiang keeps the platform's route. */
class PluginEventRoutingTest extends EventRoutingContract {

    @Override
    protected EventRouting routing() {
        Map<String, String> values = Map.of("shizhi.city.440800.plugins", "zhanjiang", "shizhi.city.510100.plugins", "chengdu");
        var config = TestConfig.of(values);
        return new PluginEventRouting(PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()), config),
                DeadlinePolicy.standard());
    }

    @Override
    protected List<AreaCode> communities() {
        return List.of(AreaCode.of("510104022001"), AreaCode.of("440802006001"));
    }

    @Override
    protected AreaCode communityOfACityWithoutItsOwnRoutes() {
        return AreaCode.of("440802006001");
    }
}
