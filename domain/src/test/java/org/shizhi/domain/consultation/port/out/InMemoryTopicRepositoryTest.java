package org.shizhi.domain.consultation.port.out;

class InMemoryTopicRepositoryTest extends TopicRepositoryContract {

    @Override
    protected TopicRepository emptyRepository() {
        return new InMemoryTopicRepository();
    }
}
