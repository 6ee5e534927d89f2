package org.shizhi.domain.campaign.port.out;

class InMemorySafetyStarRepositoryTest extends SafetyStarRepositoryContract {

    @Override
    protected SafetyStarRepository emptyRepository() {
        return new InMemoryCampaignStore();
    }
}
