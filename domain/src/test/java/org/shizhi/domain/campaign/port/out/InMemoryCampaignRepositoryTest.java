package org.shizhi.domain.campaign.port.out;

class InMemoryCampaignRepositoryTest extends CampaignRepositoryContract {

    @Override
    protected CampaignRepository emptyRepository() {
        return new InMemoryCampaignStore();
    }
}
