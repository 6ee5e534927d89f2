package org.shizhi.adapters.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.shizhi.domain.archive.port.out.SavedSearches;
import org.shizhi.domain.archive.port.out.SavedSearchesContract;

class SavedSearchesOnH2Test extends SavedSearchesContract {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.h2();

    @Override
    protected SavedSearches emptyStore() {
        db.clean();
        return db.database().savedSearches();
    }
}
