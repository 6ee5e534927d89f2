package org.shizhi.domain.campaign.port.out;

class InMemoryWeddingReformTest extends WeddingReformContract {

    @Override
    protected WeddingReform emptyStore() {
        return new InMemoryCampaignStore();
    }
}
