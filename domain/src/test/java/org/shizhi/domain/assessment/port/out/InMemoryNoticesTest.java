package org.shizhi.domain.assessment.port.out;

class InMemoryNoticesTest extends NoticesContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryAssessmentResults(), new InMemoryNotices());
    }
}
