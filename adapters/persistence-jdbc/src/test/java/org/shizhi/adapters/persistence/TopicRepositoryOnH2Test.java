package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.consultation.port.out.TopicRepository;
import org.shizhi.domain.consultation.port.out.TopicRepositoryContract;

class TopicRepositoryOnH2Test extends TopicRepositoryContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected TopicRepository emptyRepository() {
        db.clean();
        var councils = db.database().councilRepository();
        councils.save(TopicRepositoryContract.ZONGFU_COUNCIL);
        councils.save(TopicRepositoryContract.HONGXING_COUNCIL);
        councils.addMeeting(TopicRepositoryContract.ZONGFU_MEETING);
        councils.addMeeting(TopicRepositoryContract.HONGXING_MEETING);
        return db.database().topicRepository();
    }
}
