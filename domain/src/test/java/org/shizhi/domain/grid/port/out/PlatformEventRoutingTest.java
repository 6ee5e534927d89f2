package org.shizhi.domain.grid.port.out;

import java.util.List;
import org.shizhi.domain.grid.model.SampleEvents;
import org.shizhi.domain.shared.AreaCode;

class PlatformEventRoutingTest extends EventRoutingContract {

    @Override
    protected EventRouting routing() {
        return new PlatformEventRouting();
    }

    @Override
    protected List<AreaCode> communities() {
        return List.of(SampleEvents.ZONGFU, SampleEvents.JINHUA);
    }

    @Override
    protected AreaCode communityOfACityWithoutItsOwnRoutes() {
        return SampleEvents.ZONGFU;
    }
}
