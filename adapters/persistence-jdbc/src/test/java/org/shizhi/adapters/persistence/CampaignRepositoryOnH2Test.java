package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.port.out.CampaignRepositoryContract;
import org.shizhi.domain.campaign.port.out.CampaignRepository;

class CampaignRepositoryOnH2Test extends CampaignRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected CampaignRepository emptyRepository() {
        db.clean();
        return db.database().campaignRepository();
    }
}
