package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.port.out.SamaritanFundContract;
import org.shizhi.domain.campaign.port.out.SamaritanFund;

class SamaritanFundOnPostgresTest extends SamaritanFundContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected SamaritanFund emptyFund() {
        db.clean();
        return db.database().samaritanFund();
    }
}
