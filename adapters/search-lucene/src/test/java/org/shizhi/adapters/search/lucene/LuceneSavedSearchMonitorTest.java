package org.shizhi.adapters.search.lucene;

import org.shizhi.domain.archive.port.out.SavedSearchMonitor;
import org.shizhi.domain.archive.port.out.SavedSearchMonitorContract;

class LuceneSavedSearchMonitorTest extends SavedSearchMonitorContract {

    @Override
    protected SavedSearchMonitor emptyMonitor() {
        return new LuceneSavedSearchMonitor();
    }
}
