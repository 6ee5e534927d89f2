package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.campaign.port.out.WeddingReformContract;
import org.shizhi.domain.campaign.port.out.WeddingReform;

class WeddingReformOnPostgresTest extends WeddingReformContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.postgres();

    @Override
    protected WeddingReform emptyStore() {
        db.clean();
        return db.database().weddingReform();
    }
}
