package org.shizhi.domain.campaign.port.out;

class InMemorySamaritanFundTest extends SamaritanFundContract {

    @Override
    protected SamaritanFund emptyFund() {
        return new InMemoryCampaignStore();
    }
}
