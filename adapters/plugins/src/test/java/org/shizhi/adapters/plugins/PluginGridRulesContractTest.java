package org.shizhi.adapters.plugins;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shizhi.domain.grid.port.out.GridRules;
import org.shizhi.domain.grid.port.out.GridRulesContract;
import org.shizhi.domain.shared.AreaCode;

/** The grid rules the platform really runs: Chengdu's and Zhanjiang's plugins; Beijing (110100) enables none. */
class PluginGridRulesContractTest extends GridRulesContract {

    @Override
    protected GridRules rules() {
        Map<String, String> values = Map.of("shizhi.city.440800.plugins", "zhanjiang", "shizhi.city.510100.plugins", "chengdu");
        var config = TestConfig.of(values);
        return new PluginGridRules(PluginRegistry.configure(PluginLoader.load(getClass().getClassLoader(), Optional.empty()), config));
    }

    @Override
    protected AreaCode communityOfACityWithoutRules() {
        return AreaCode.of("110101001001");
    }

    @Override
    protected List<AreaCode> communities() {
        return List.of(AreaCode.of("510104022001"), AreaCode.of("440802006001"), AreaCode.of("110101001001"));
    }
}
