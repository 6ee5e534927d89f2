package org.shizhi.adapters.plugins;

import org.shizhi.domain.shared.AreaCode;

/** The same contract for a Zhanjiang community, graded by the three whistles. */
class PluginEventGradingInZhanjiangTest extends PluginEventGradingTest {

    @Override
    protected AreaCode community() {
        return AreaCode.of("440811102001");
    }
}
