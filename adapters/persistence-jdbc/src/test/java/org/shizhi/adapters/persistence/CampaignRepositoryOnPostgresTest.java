package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.port.out.CampaignRepositoryContract;
import org.shizhi.domain.campaign.port.out.CampaignRepository;

class CampaignRepositoryOnPostgresTest extends CampaignRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected CampaignRepository emptyRepository() {
        db.clean();
        return db.database().campaignRepository();
    }
}
