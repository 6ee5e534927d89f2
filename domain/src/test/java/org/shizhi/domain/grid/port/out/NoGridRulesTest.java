package org.shizhi.domain.grid.port.out;

import java.util.List;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AreaCode;

/** {@link GridRules#NONE}, what a city that enables no grid rule gets. */
class NoGridRulesTest extends GridRulesContract {

    @Override
    protected GridRules rules() {
        return GridRules.NONE;
    }

    @Override
    protected AreaCode communityOfACityWithoutRules() {
        return SampleEvents.ZONGFU;
    }

    @Override
    protected List<AreaCode> communities() {
        return List.of(SampleEvents.ZONGFU);
    }
}
