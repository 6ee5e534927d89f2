package org.shizhi.domain.assessment.port.out;

class InMemorySupervisionTasksTest extends SupervisionTasksContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryAssessmentResults(), new InMemoryNotices(), new InMemorySupervisionTasks());
    }
}
