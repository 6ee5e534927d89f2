package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.port.out.SamaritanFundContract;
import org.shizhi.domain.campaign.port.out.SamaritanFund;

class SamaritanFundOnH2Test extends SamaritanFundContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected SamaritanFund emptyFund() {
        db.clean();
        return db.database().samaritanFund();
    }
}
